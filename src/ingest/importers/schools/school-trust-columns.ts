import type { ColumnSpecs } from '../../map-columns.ts';
import type { ProblemList } from '../../report.ts';
import { optionalText, type CellParser } from '../../values.ts';

/**
 * A school's trust as a GIAS extract gives it. `undefined` means the file has no such column (the spine,
 * an older extract): the load then leaves what an earlier file set. `null` means the file says "none".
 */
export interface TrustFields {
  trustCode: string | null | undefined;
  trustName: string | null | undefined;
  trustFlag: string | null | undefined;
}

const CODE = 'Trusts (code)';
const NAME = 'Trusts (name)';
const FLAG = 'TrustSchoolFlag (name)';

/** GIAS gives a trust's group id as a whole number (e.g. 16784); blank for a school in no trust. */
const optionalTrustCode: CellParser<string | null> = (raw) => {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  return /^\d{1,10}$/.test(value) ? { ok: true, value } : { ok: false, reason: 'A trust code is a whole number, as GIAS gives it (for example 16784)' };
};

const notInFile = { value: undefined };

/** The GIAS trust columns, each optional: a file without them imports as before. */
export const TRUST_COLUMNS: ColumnSpecs<TrustFields> = {
  trustCode: { headers: [CODE], parse: optionalTrustCode, optional: true, whenMissing: notInFile },
  trustName: { headers: [NAME], parse: optionalText, optional: true, whenMissing: notInFile },
  trustFlag: { headers: [FLAG], parse: optionalText, optional: true, whenMissing: notInFile },
};

/**
 * Row checks: a trust needs both its code and its name, and one code has one name throughout the file.
 * A file with one of the two columns but not the other is refused once, at the header row.
 */
export function checkTrusts(rows: readonly { row: number; value: TrustFields }[], problems: ProblemList): void {
  const first = rows[0]?.value;
  if (first !== undefined && (first.trustCode === undefined) !== (first.trustName === undefined)) {
    const missing = first.trustCode === undefined ? CODE : NAME;
    problems.add({ row: 1, column: missing, value: null, reason: `The column "${missing}" is missing: give both "${CODE}" and "${NAME}", or neither` });
    return;
  }
  const names = new Map<string, { name: string; row: number }>();
  for (const { row, value } of rows) {
    const { trustCode: code, trustName: name } = value;
    if (code === undefined || name === undefined) continue;
    if (code === null && name !== null) problems.add({ row, column: CODE, value: '', reason: `A trust needs its code as well as its name ("${name}"): give both, or neither` });
    if (code !== null && name === null) problems.add({ row, column: NAME, value: '', reason: `A trust needs its name as well as its code (${code}): give both, or neither` });
    if (code === null || name === null) continue;
    const earlier = names.get(code);
    if (earlier === undefined) names.set(code, { name, row });
    else if (earlier.name !== name) problems.add({ row, column: NAME, value: name, reason: `Trust ${code} is named "${earlier.name}" on row ${String(earlier.row)}: one trust has one name` });
  }
}

/** The `schools` columns a row's trust sets: only those the file has, so a file without them clears nothing. */
export function trustColumnsOf(fields: TrustFields): { trust_code?: string | null; trust_name?: string | null; trust_flag?: string | null } {
  return {
    ...(fields.trustCode === undefined || fields.trustName === undefined ? {} : { trust_code: fields.trustCode, trust_name: fields.trustName }),
    ...(fields.trustFlag === undefined ? {} : { trust_flag: fields.trustFlag }),
  };
}
