import { formatAcademicYear } from '../../domain/careers/index.ts';
import type { Services } from '../../storage/services/create-services.ts';

type HolidayRetentionResult = Awaited<ReturnType<Services['holidayRetention']['applyHolidayRetention']>>;

/** `holiday attendance before 2019/20: 12 pupil-days and 3 pupils with none left`. */
export function holidayRetentionText(r: HolidayRetentionResult): string {
  return `holiday attendance before ${formatAcademicYear(r.firstYearKept)}: ${String(r.attendance)} pupil-days and ${String(r.pupils)} pupils with none left`;
}
