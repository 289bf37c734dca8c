import { parseIsoDate } from '../../shared/iso-date.ts';
import { poundsTextToPence } from '../../shared/money.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { academicYearOf } from './academic-years.ts';
import { SPEND_KINDS, type SpendInput, type SpendKind } from './spend-line.ts';

/** One field at fault, in GOV.UK error-summary form: which field, and a message saying how to fix it. */
export interface FieldError {
  readonly field: keyof SpendInput;
  readonly message: string;
}

export interface SpendContext {
  /** Who may receive spend from this fund: the recipients of its current allocation. */
  readonly recipients: ReadonlySet<string>;
  /** The fund's academic years, or null when its period is not written in academic years. */
  readonly years: readonly string[] | null;
}

/** The raw text of a spend line as a form or a CSV row gives it. */
export interface SpendText {
  readonly recipient: string;
  readonly kind: string;
  readonly spentOn: string;
  readonly purpose: string;
  readonly evidenceStrand: string;
  /** Pounds and pence as written: `1,250.50`, `£980`, or whole pence with `p`: `125050p`. */
  readonly amount: string;
}

/**
 * Checks a spend line against its fund (docs/methodology.md §12.7): a recipient of the fund's allocation,
 * commitment or payment, a real date within the fund's years, a purpose, and an amount of at least 1p.
 * Returns every field at fault, not just the first.
 */
export function validateSpend(text: SpendText, context: SpendContext): Result<SpendInput, FieldError[]> {
  const errors: FieldError[] = [];
  const recipient = text.recipient.trim();
  if (recipient === '') errors.push({ field: 'recipient', message: 'Enter who the money went to' });
  else if (recipient.length > 100) errors.push({ field: 'recipient', message: 'The recipient must be 100 characters or fewer: use its identifier, like blackpool' });
  else if (!context.recipients.has(recipient)) errors.push({ field: 'recipient', message: `${recipient} has no allocation from this fund: choose one of its recipients` });

  const kind = text.kind.trim().toLowerCase();
  if (!(SPEND_KINDS as readonly string[]).includes(kind)) errors.push({ field: 'kind', message: 'Select commitment or payment' });

  const spentOn = text.spentOn.trim();
  const date = parseIsoDate(spentOn);
  if (spentOn === '') errors.push({ field: 'spentOn', message: 'Enter the date of the commitment or payment' });
  else if (!date.ok || spentOn.length !== 10) errors.push({ field: 'spentOn', message: 'The date must be a real date, like 2019-10-02' });
  else if (context.years !== null && !context.years.includes(academicYearOf(spentOn))) {
    errors.push({ field: 'spentOn', message: `The date must be within the fund's years (${context.years.join(', ')})` });
  }

  const purpose = text.purpose.trim();
  if (purpose === '') errors.push({ field: 'purpose', message: 'Enter what the money was for' });
  else if (purpose.length > 500) errors.push({ field: 'purpose', message: 'The purpose must be 500 characters or fewer' });

  const strand = text.evidenceStrand.trim();
  if (strand !== '' && (strand.length > 100 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(strand))) {
    errors.push({ field: 'evidenceStrand', message: 'The evidence strand must be a Toolkit strand id, like metacognition-and-self-regulation' });
  }

  const amount = parsePounds(text.amount);
  if (!amount.ok) errors.push({ field: 'amountPence', message: amount.error });

  if (errors.length > 0 || !amount.ok) return err(errors);
  return ok({ recipient, kind: kind as SpendKind, spentOn, purpose, evidenceStrand: strand === '' ? null : strand, amountPence: amount.value });
}

/**
 * An amount as people write it, to exact pence without floats: `1,250.50` or `£1250.5` → 125050; `125050p`
 * → 125050. Commas go only between groups of three digits (`5,00.00` is refused, not read as £500); more than
 * two decimal places, negatives and zero are refused.
 */
export function parsePounds(input: string): Result<number, string> {
  const text = input.trim();
  if (text === '' || text === '£') return err('Enter the amount, in pounds and pence, like 1250.50');
  const pence = /^(\d{1,3}(?:,\d{3})+|\d+)p$/.exec(text);
  const value = pence?.[1] !== undefined ? Number(pence[1].replaceAll(',', '')) : poundsTextToPence(text);
  if (value === null) return err('The amount must be in pounds and pence, like 1,250.50: commas only between groups of three digits, and no more than 2 decimal places');
  if (!Number.isSafeInteger(value)) return err('The amount is too large');
  if (value <= 0) return err('The amount must be more than £0');
  return ok(value);
}
