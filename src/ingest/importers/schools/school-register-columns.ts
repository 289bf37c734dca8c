import type { ColumnSpecs } from '../../map-columns.ts';
import {
  establishmentNumber,
  laNumber,
  optionalDateOrSerial,
  optionalPostcode,
  optionalText,
  text,
  urn,
  type CellParser,
} from '../../values.ts';

/** The fields every school register gives, whether the performance-tables spine or a GIAS extract. */
export interface RegisterFields {
  urn: number;
  laCode: string;
  estab: string;
  name: string;
  street: string | null;
  locality: string | null;
  town: string | null;
  postcode: string | null;
  openDate: string | null;
  closeDate: string | null;
  schoolType: string | null;
  ageLow: number | null;
  ageHigh: number | null;
  gender: string | null;
  religiousCharacter: string | null;
  admissionsPolicy: string | null;
}

/** A statutory age from 0 to 99; DfE writes 99 for "no upper limit" (adult colleges) and 0–0 for unrecorded. */
const optionalAge: CellParser<number | null> = (raw) => {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  return /^\d{1,2}$/.test(value) ? { ok: true, value: Number(value) } : { ok: false, reason: 'An age is a whole number of years from 0 to 99' };
};

/**
 * Columns by their spine header, then their GIAS `edubasealldata` header (headers match ignoring case,
 * spaces and underscores, so STREET is also Street).
 */
export const REGISTER_COLUMNS: ColumnSpecs<RegisterFields> = {
  urn: { headers: ['URN'], parse: urn },
  laCode: { headers: ['LA', 'LA (code)'], parse: laNumber },
  estab: { headers: ['ESTAB', 'EstablishmentNumber'], parse: establishmentNumber },
  name: { headers: ['SCHNAME', 'EstablishmentName'], parse: text },
  street: { headers: ['STREET'], parse: optionalText },
  locality: { headers: ['LOCALITY'], parse: optionalText },
  town: { headers: ['TOWN'], parse: optionalText },
  postcode: { headers: ['POSTCODE'], parse: optionalPostcode },
  openDate: { headers: ['OPENDATE'], parse: optionalDateOrSerial },
  closeDate: { headers: ['CLOSEDATE'], parse: optionalDateOrSerial },
  schoolType: { headers: ['NFTYPE', 'TypeOfEstablishment (name)'], parse: optionalText },
  ageLow: { headers: ['AGEL', 'StatutoryLowAge'], parse: optionalAge },
  ageHigh: { headers: ['AGEH', 'StatutoryHighAge'], parse: optionalAge },
  gender: { headers: ['GENDER', 'Gender (name)'], parse: optionalText },
  religiousCharacter: { headers: ['RELDENOM', 'ReligiousCharacter (name)'], parse: optionalText },
  admissionsPolicy: { headers: ['ADMPOL', 'AdmissionsPolicy (name)'], parse: optionalText },
};

/** The `schools` columns a register sets, from its fields (status, phase and location come separately). */
export function registerColumnsOf(fields: RegisterFields) {
  return {
    urn: fields.urn,
    la_code_old: fields.laCode,
    estab: fields.estab,
    name: fields.name,
    street: fields.street,
    locality: fields.locality,
    town: fields.town,
    postcode: fields.postcode,
    open_date: fields.openDate,
    close_date: fields.closeDate,
    school_type: fields.schoolType,
    age_low: fields.ageLow,
    age_high: fields.ageHigh,
    gender: fields.gender,
    religious_character: fields.religiousCharacter,
    admissions_policy: fields.admissionsPolicy,
  };
}
