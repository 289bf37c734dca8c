export { clubDays, formatDaysOffered, isDayOffered, isoWeekday, parseDaysOffered } from './days-offered.ts';
export { holidayRetentionFirstYearKept } from './retention.ts';
