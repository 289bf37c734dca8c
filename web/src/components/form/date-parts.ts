/**
 * The GOV.UK date input's three fields as one form value. A real date is held as ISO (`2018-01-12`), a month
 * without a day as `2018-01` where a form allows one, nothing as `''`, and anything else as the three parts
 * as typed (joined by a separator no one types), so a form's check can say what is wrong in GOV.UK's words
 * and the fields show exactly what was typed. The messages are those of the GOV.UK Design System's date
 * input pattern.
 */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DatePart = keyof DateParts;

export const NO_DATE: DateParts = { day: '', month: '', year: '' };

const SEPARATOR = '\u001f';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The fields to show for a form value: `'2018-01-12'` → 12, 1, 2018; `'2017-07'` → blank day, 7, 2017. */
export function partsOf(value: string): DateParts {
  if (value === '') return NO_DATE;
  const day = ISO_DAY.exec(value);
  if (day !== null) return { day: String(Number(day[3])), month: String(Number(day[2])), year: day[1] ?? '' };
  const month = ISO_MONTH.exec(value);
  if (month !== null) return { day: '', month: String(Number(month[2])), year: month[1] ?? '' };
  const [d = '', m = '', y = ''] = value.split(SEPARATOR);
  return { day: d, month: m, year: y };
}

/** The form value for what is in the fields: ISO when it is a real date (or a real month with no day), else the parts as typed. */
export function valueOf(parts: DateParts): string {
  const day = parts.day.trim();
  const month = monthNumber(parts.month);
  const year = parts.year.trim();
  if (day === '' && parts.month.trim() === '' && year === '') return '';
  if (/^\d{4}$/.test(year) && month !== null) {
    if (day === '') return `${year}-${pad(month)}`;
    if (/^\d{1,2}$/.test(day) && Number(day) >= 1 && Number(day) <= daysIn(Number(year), month)) return `${year}-${pad(month)}-${pad(Number(day))}`;
  }
  return [parts.day, parts.month, parts.year].join(SEPARATOR);
}

/**
 * A whole date typed or pasted into one field, split into the three: UK order `12/01/2018`, `12-1-2018`,
 * `12.01.2018`, `12 January 2018`, `12 Jan 2018`, or ISO `2018-01-12`. Null for anything else.
 */
export function splitWholeDate(text: string): DateParts | null {
  const trimmed = text.trim();
  const iso = ISO_DAY.exec(trimmed);
  if (iso !== null) return { day: String(Number(iso[3])), month: String(Number(iso[2])), year: iso[1] ?? '' };
  const uk = /^(\d{1,2})\s*[/.\-\s]\s*([A-Za-z]{3,9}|\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(trimmed);
  if (uk === null) return null;
  const month = monthNumber(uk[2] ?? '');
  return month === null ? null : { day: String(Number(uk[1])), month: String(month), year: uk[3] ?? '' };
}

/**
 * What is wrong with a date field, in the GOV.UK date input's words, or null when nothing is. `name` is
 * what the date is, as it reads after "Enter": `dateProblem('', 'the date it was held')` → "Enter the date it
 * was held"; a missing month → "The date it was held must include a month"; 30 2 2018 → "… must be a real date".
 */
export function dateProblem(value: string, name: string, options: { optional?: boolean; monthEnough?: boolean } = {}): { message: string; parts: readonly DatePart[] } | null {
  if (value === '') return options.optional === true ? null : { message: `Enter ${name}`, parts: ['day', 'month', 'year'] };
  if (ISO_DAY.test(value)) return null;
  const parts = partsOf(value);
  if (ISO_MONTH.test(value)) return options.monthEnough === true ? null : { message: `${capitalise(name)} must include a day`, parts: ['day'] };
  const missing = (['day', 'month', 'year'] as const).filter((part) => parts[part].trim() === '' && !(part === 'day' && options.monthEnough === true));
  if (missing.length > 0) return { message: `${capitalise(name)} must include a ${joinWords(missing)}`, parts: missing };
  if (!/^\d{4}$/.test(parts.year.trim())) return { message: 'Year must include 4 numbers', parts: ['year'] };
  const month = monthNumber(parts.month);
  const day = parts.day.trim();
  const wrong: DatePart[] = [];
  const dayLeftOut = day === '' && options.monthEnough === true;
  if (!dayLeftOut && (!/^\d{1,2}$/.test(day) || Number(day) < 1 || (month !== null && Number(day) > daysIn(Number(parts.year.trim()), month)))) wrong.push('day');
  if (month === null) wrong.push('month');
  return { message: `${capitalise(name)} must be a real date`, parts: wrong };
}

/** `1`, `01`, `jan`, `January` → 1; null for anything that is not a month. */
function monthNumber(text: string): number | null {
  const month = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(month)) return Number(month) >= 1 && Number(month) <= 12 ? Number(month) : null;
  if (month.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(month) && (month.length === 3 || name === month || month === 'sept'));
  return index === -1 ? null : index + 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
