import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { count, nullable, optionalText, percentage, urn, type CellParser, type MaybeNumber } from '../../values.ts';
import { academicYearFromFileName, academicYearFromFileNameOrThrow, yearMissingFromFileName } from './academic-year.ts';
import { withMarkers } from './figures.ts';
import { knownUrns } from './known-codes.ts';

interface CensusRow {
  /** Null on the national total rows (URN "NAT"), which are skipped. */
  urn: number | null;
  estab: string | null;
  pupils: MaybeNumber;
  fsm: MaybeNumber;
  fsmEver6: MaybeNumber;
  pctFsmEver6: MaybeNumber;
  eal: MaybeNumber;
  pctEal: MaybeNumber;
  senSupport: MaybeNumber;
  pctSenSupport: MaybeNumber;
  ehcp: MaybeNumber;
  pctEhcp: MaybeNumber;
}

/** A URN, or NAT on the rows of national totals. */
const urnOrNational: CellParser<number | null> = (raw) => {
  if (raw.trim() === 'NAT') return { ok: true, value: null };
  const parsed = urn(raw);
  return parsed.ok ? parsed : { ok: false, reason: `${parsed.reason}, or NAT on a row of national totals` };
};

const counted = nullable(count);
const percent = nullable(percentage);

/**
 * The performance-tables census file: pupils on roll, free school meals (now and in the last 6 years),
 * English as an additional language, SEN support and EHC plans, by school. The period is the academic year
 * of the census, from the file's name (`…_jan2019_…` → 2018/19). Skipped, and so counted in rows but
 * neither inserted nor updated: the national total rows (URN NAT) and schools not in `schools`. The
 * performance-tables spine leaves out nursery schools and pupil referral units, which the census covers
 * (756 such rows in January 2019), so an unknown URN here is not an error.
 */
export const schoolCensusImporter: Importer<CensusRow> = {
  kind: 'school-census',
  description: 'DfE school census (performance tables): pupils, FSM, EAL, SEN',
  dependsOn: ['schools'],
  columns: {
    urn: { headers: ['URN'], parse: urnOrNational },
    estab: { headers: ['ESTAB'], parse: optionalText },
    pupils: { headers: ['NOR'], parse: counted },
    fsm: { headers: ['NUMFSM'], parse: counted },
    fsmEver6: { headers: ['NUMFSMEVER'], parse: counted },
    pctFsmEver6: { headers: ['PNUMFSMEVER'], parse: percent },
    eal: { headers: ['NUMEAL'], parse: counted },
    pctEal: { headers: ['PNUMEAL'], parse: percent },
    senSupport: { headers: ['TSENELK'], parse: counted },
    pctSenSupport: { headers: ['PSENELK'], parse: percent },
    ehcp: { headers: ['TSENELSE'], parse: counted },
    pctEhcp: { headers: ['PSENELSE'], parse: percent },
  },
  key: (row) => (row.urn === null ? `NAT ${row.estab ?? ''}` : String(row.urn)),
  check(rows, problems, { file }) {
    if (academicYearFromFileName(file) === null) problems.add({ row: null, column: null, value: file, reason: yearMissingFromFileName('census_jan2019.csv') });
    for (const { row, value } of rows) {
      const roll = value.pupils.value;
      if (roll === null) continue;
      for (const [column, figure, what] of [
        ['NUMFSM', value.fsm, 'Pupils eligible for free school meals'],
        ['NUMFSMEVER', value.fsmEver6, 'Pupils eligible for free school meals in the last 6 years'],
      ] as const) {
        if (figure.value !== null && figure.value > roll) {
          problems.add({ row, column, value: String(figure.value), reason: `${what} (${String(figure.value)}) cannot be more than the number on roll (${String(roll)})` });
        }
      }
    }
    return Promise.resolve();
  },
  async load(rows, { trx, dataSourceId, file }) {
    const period = academicYearFromFileNameOrThrow(file);
    const schools = await knownUrns(trx);
    return syncRows(
      trx,
      'school_census',
      ['urn', 'period'],
      rows.flatMap((r) =>
        r.urn === null || !schools.has(r.urn)
          ? []
          : [
              {
                urn: r.urn,
                period,
                ...withMarkers({
                  pupils: r.pupils,
                  fsm: r.fsm,
                  fsm_ever6: r.fsmEver6,
                  pct_fsm_ever6: r.pctFsmEver6,
                  eal: r.eal,
                  pct_eal: r.pctEal,
                  sen_support: r.senSupport,
                  pct_sen_support: r.pctSenSupport,
                  ehcp: r.ehcp,
                  pct_ehcp: r.pctEhcp,
                }),
                data_source_id: dataSourceId,
              },
            ],
      ),
      { ignoreInComparison: ['data_source_id'] },
    );
  },
};
