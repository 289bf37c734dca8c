import type { CensusFigures, DestinationFigures, Ks2Figures, Ks4Figures } from '../../api/public-data-types.ts';
import { formatCount, formatDecimal, formatPercent } from '../../format/format-number.ts';
import { FigureTable } from './FigureTable.tsx';

const decimal = (places: number) => (value: number) => formatDecimal(value, places);
const period = { header: 'Year', text: (row: { period: string }) => row.period };

/** Pupils on roll and their characteristics, from the January school census. */
export function PupilsTable({ rows, urn }: { rows: readonly CensusFigures[]; urn: number }) {
  return (
    <FigureTable
      caption="Pupils"
      csvHref={`/api/schools/${String(urn)}?format=csv&table=census`}
      rows={rows}
      rowKey={(row) => row.period}
      labels={[period]}
      figures={[
        { header: 'Pupils on roll', value: (r) => r.pupils, markerKeys: ['pupils'], format: formatCount },
        { header: 'FSM', value: (r) => r.fsm, markerKeys: ['fsm'], format: formatCount },
        { header: 'FSM %', value: (r) => r.pctFsm, markerKeys: ['fsm', 'pupils'], format: formatPercent },
        { header: 'FSM ever 6 %', value: (r) => r.pctFsmEver6, markerKeys: ['pct_fsm_ever6', 'fsm_ever6'], format: formatPercent },
        { header: 'EAL %', value: (r) => r.pctEal, markerKeys: ['pct_eal', 'eal'], format: formatPercent },
        { header: 'SEN support %', value: (r) => r.pctSenSupport, markerKeys: ['pct_sen_support', 'sen_support'], format: formatPercent },
        { header: 'EHCP %', value: (r) => r.pctEhcp, markerKeys: ['pct_ehcp', 'ehcp'], format: formatPercent },
      ]}
    />
  );
}

/** Key stage 2 (end of primary school) results. */
export function Ks2Table({ rows, urn }: { rows: readonly Ks2Figures[]; urn: number }) {
  return (
    <FigureTable
      caption="Key stage 2 results"
      csvHref={`/api/schools/${String(urn)}?format=csv&table=ks2`}
      rows={rows}
      rowKey={(row) => row.period}
      labels={[period]}
      figures={[
        { header: 'Pupils', value: (r) => r.pupils, markerKeys: ['pupils'], format: formatCount },
        { header: 'Expected standard in reading, writing and maths', value: (r) => r.pctRwmExpected, markerKeys: ['pct_rwm_expected'], format: formatPercent },
        { header: 'Higher standard', value: (r) => r.pctRwmHigher, markerKeys: ['pct_rwm_higher'], format: formatPercent },
        { header: 'Reading progress', value: (r) => r.readingProgress, markerKeys: ['reading_progress'], format: decimal(1) },
        { header: 'Writing progress', value: (r) => r.writingProgress, markerKeys: ['writing_progress'], format: decimal(1) },
        { header: 'Maths progress', value: (r) => r.mathsProgress, markerKeys: ['maths_progress'], format: decimal(1) },
      ]}
    />
  );
}

/** Key stage 4 (GCSE) results. */
export function Ks4Table({ rows, urn }: { rows: readonly Ks4Figures[]; urn: number }) {
  return (
    <FigureTable
      caption="Key stage 4 results"
      csvHref={`/api/schools/${String(urn)}?format=csv&table=ks4`}
      rows={rows}
      rowKey={(row) => row.period}
      labels={[period]}
      figures={[
        { header: 'Pupils', value: (r) => r.pupils, markerKeys: ['pupils'], format: formatCount },
        { header: 'Attainment 8', value: (r) => r.attainment8, markerKeys: ['attainment8'], format: decimal(1) },
        {
          header: 'Progress 8',
          value: (r) => r.progress8,
          markerKeys: ['progress8'],
          format: decimal(2),
          hint: (r) => {
            const { lower, upper } = r.progress8Interval;
            return r.progress8 === null || lower === null || upper === null ? null : `${formatDecimal(lower, 2)} to ${formatDecimal(upper, 2)}`;
          },
        },
        { header: 'Grade 4 or above in English and maths', value: (r) => r.pctBasics94, markerKeys: ['pct_basics_94'], format: formatPercent },
        { header: 'Grade 5 or above in English and maths', value: (r) => r.pctBasics95, markerKeys: ['pct_basics_95'], format: formatPercent },
      ]}
    />
  );
}

const GROUP_NAMES: Readonly<Record<string, string>> = { all: 'All pupils', disadvantaged: 'Disadvantaged', other: 'Other pupils' };
const GROUP_ORDER = ['all', 'disadvantaged', 'other'];

/** Where pupils went after key stage 4, for all pupils and for disadvantaged pupils and the rest. */
export function DestinationsTable({ rows, urn }: { rows: readonly DestinationFigures[]; urn: number }) {
  // Newest period first (as the API sends them), then all, disadvantaged, other within each period.
  const ordered = [...rows].sort((a, b) => b.period.localeCompare(a.period) || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
  return (
    <FigureTable
      caption="Destinations after key stage 4"
      csvHref={`/api/schools/${String(urn)}?format=csv&table=destinations`}
      rows={ordered}
      rowKey={(row) => `${row.period}:${row.group}`}
      labels={[period, { header: 'Pupils', text: (r) => GROUP_NAMES[r.group] ?? r.group }]}
      figures={[
        { header: 'Cohort', value: (r) => r.cohort, markerKeys: ['cohort'], format: formatCount },
        { header: 'Sustained destination', value: (r) => r.pctSustained, markerKeys: ['pct_sustained'], format: formatPercent },
        { header: 'Education', value: (r) => r.pctEducation, markerKeys: ['pct_education'], format: formatPercent },
        { header: 'Apprenticeship', value: (r) => r.pctApprenticeship, markerKeys: ['pct_apprenticeship'], format: formatPercent },
        { header: 'Employment', value: (r) => r.pctEmployment, markerKeys: ['pct_employment'], format: formatPercent },
      ]}
    />
  );
}
