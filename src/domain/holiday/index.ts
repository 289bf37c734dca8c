export { clubDays, formatDaysOffered, isDayOffered, isoWeekday, parseDaysOffered } from './days-offered.ts';
export { holidayRetentionFirstYearKept } from './retention.ts';
export { HOLIDAY_GROUPINGS, WEEK_OF_DAYS, compareGroupKeys, groupKeyOf, placesOffered, summariseHoliday, type HolidayBooking, type HolidayClub, type HolidayFigures, type HolidayGrouping } from './summarise-holiday.ts';
export { protectHoliday, publishHoliday, type ProtectedHoliday, type ProtectHolidayOptions, type PublishedHoliday, type PublishedHolidayRow } from './publish-holiday.ts';
export { schoolClubKey, type HolidayGroupKind } from './holiday-groups.ts';
export { generateSyntheticHoliday, syntheticHolidayPseudonym, syntheticSummer, type SyntheticAttendee, type SyntheticClub, type SyntheticDistrict, type SyntheticHoliday, type SyntheticHolidaySettings } from './synthetic-holiday.ts';
export type { HolidayClubRecord } from './club-record.ts';
