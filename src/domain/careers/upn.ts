import { err, ok, type Result } from '../shared/result.ts';

/** The 23 check letters in order of remainder: the alphabet without I, O and S (DfE UPN guidance, annex). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * The check letter a permanent UPN must start with: characters 2–13 (twelve digits) each multiplied by its
 * position (2 to 13), summed, the remainder on division by 23 giving the letter (docs/methodology.md,
 * "Careers encounters and coverage"). `upnCheckLetter('801200005001')` → 'B'
 * (so B801200005001 is a well-formed UPN, the example python-stdnum's UPN module uses).
 */
export function upnCheckLetter(digits: string): string {
  if (!/^\d{12}$/.test(digits)) throw new RangeError('Expected the twelve digits of a UPN');
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(digits[i]) * (i + 2);
  return CHECK_LETTERS[sum % 23] ?? '';
}

/**
 * True when `text` is a permanent UPN written exactly as `parseUpn` gives it back (upper case, no spaces,
 * the right check letter), read a character at a time: the importer's quick path for the rows nearly every
 * file is made of, which leaves anything else to `parseUpn` and its messages.
 * `isNormalisedUpn('B801200005001')` → true; `isNormalisedUpn('b801200005001')` → false (parseUpn accepts it).
 */
export function isNormalisedUpn(text: string): boolean {
  if (text.length !== 13) return false;
  const letter = text.charCodeAt(0);
  if (letter < 65 || letter > 90) return false;
  let sum = 0;
  for (let i = 1; i < 13; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += digit * (i + 1);
  }
  return CHECK_LETTERS.charCodeAt(sum % 23) === letter;
}

/**
 * Checks a unique pupil number: 13 characters, a check letter then 12 digits (a permanent UPN), and that
 * the letter matches the digits. Lower case and surrounding spaces are accepted and normalised. The error
 * never repeats the UPN, so it may be logged. Temporary UPNs (ending in a letter) are refused: schools
 * replace them with the permanent one, and keeping both would split a pupil in two.
 * `parseUpn(' b801200005001')` → 'B801200005001'; `parseUpn('A801200005001')` → error (wrong check letter).
 */
export function parseUpn(input: string): Result<string, string> {
  const upn = input.trim().toUpperCase();
  if (upn.length !== 13) return err(`A UPN has 13 characters; this one has ${upn.length}`);
  if (!/^[A-Z]\d{11}[0-9]$/.test(upn)) {
    return err(/^[A-Z]\d{11}[A-Z]$/.test(upn) ? 'This is a temporary UPN: use the pupil’s permanent UPN' : 'A UPN is a letter followed by 12 digits');
  }
  if (upnCheckLetter(upn.slice(1)) !== upn[0]) return err('The UPN’s check letter does not match its digits: check it was copied correctly');
  return ok(upn);
}
