import type { Transaction } from 'kysely';
import type { Database } from '../../schema.ts';
import { execute } from '../../bulk-insert.ts';
import { adjustEmployerLoad } from './employer-load.ts';

const COLUMNS = 'pupil_id, encounter_day, type_code, employer_id, urn, academic_year';

/**
 * Adds to the ledger the encounters of the table `source` it does not hold yet, each once (a file may list an
 * encounter twice), and counts them into employer load. They are kept in the temporary table `added`, which
 * the caller reads and drops. Returns how many were added.
 */
export async function insertEncountersNotHeld(trx: Transaction<Database>, source: string, added: string): Promise<number> {
  await execute(
    trx,
    `create temporary table ${added} as select pupil_id, encounter_day, type_code, employer_id, min(urn) as urn, min(academic_year) as academic_year
     from ${source} s where not exists (select 1 from careers_encounters e where e.pupil_id = s.pupil_id and e.encounter_day = s.encounter_day
       and e.type_code = s.type_code and e.employer_id = s.employer_id)
     group by pupil_id, encounter_day, type_code, employer_id`,
  );
  const inserted = await execute(trx, `insert into careers_encounters (${COLUMNS}) select ${COLUMNS} from ${added} order by pupil_id, encounter_day, type_code, employer_id`);
  await adjustEmployerLoad(trx, `select employer_id, urn from ${added}`, 1);
  return inserted;
}
