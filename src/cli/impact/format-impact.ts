import type { ImpactReport } from '../../domain/impact/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { formatTable } from '../format-table.ts';

/** How many donors a table shows; JSON lists them all. */
const TOP_DONORS = 10;

const fixed = (value: number | null, digits = 2): string => (value === null ? '-' : value.toFixed(digits));

/** The estimates as text for a terminal: a summary table, then each method's donors, drops and warnings. */
export function formatImpactTable(reports: readonly ImpactReport[]): string {
  const first = reports[0];
  if (first === undefined) return '';
  const lines: string[] = [
    `${first.measure.name} (${[first.measure.code, first.measure.unit].filter((part) => part !== '').join(', ')})`,
    // A panel file's units have no names apart from their codes.
    `Treated: ${first.treated.map((t) => (t.name === t.code ? t.code : `${t.name} (${t.code})`)).join(', ')}; from ${first.post_periods[0] ?? '?'}`,
    `Periods before: ${first.pre_periods.join(', ')}; from the start: ${first.post_periods.join(', ')}`,
    `Comparison pool: ${first.pool}; ${String(first.placebos)} placebo replications, seed ${String(first.seed)}`,
    '',
    formatTable(
      ['method', 'effect', 'SE', '95% interval', 'p-value', 'pre-period fit (RMSE)', 'donors'],
      reports.map((r) => [r.method, fixed(r.estimate), fixed(r.se), r.ci95 === null ? '-' : `${fixed(r.ci95[0])} to ${fixed(r.ci95[1])}`, fixed(r.p_value, 3), fixed(r.pre_fit_rmse), String(r.donors.length)]),
    ).trimEnd(),
  ];
  for (const report of reports) {
    lines.push('', `${report.method}: top ${String(Math.min(TOP_DONORS, report.donors.length))} of ${String(report.donors.length)} donors`);
    lines.push(formatTable(['area', 'code', 'weight'], report.donors.slice(0, TOP_DONORS).map((d) => [d.name, d.code, d.weight.toFixed(3)])).trimEnd());
    if (report.time_weights.length > 0) lines.push(`time weights: ${report.time_weights.map((w) => `${w.period} ${w.weight.toFixed(3)}`).join(', ')}`);
  }
  const dropped = first.dropped;
  if (dropped.length > 0) {
    lines.push('', `Left out (${String(dropped.length)}):`);
    for (const d of dropped) lines.push(`  ${d.kind === 'period' ? `period ${d.period}` : `${d.name ?? d.unit} (${d.unit})`}: ${d.reason}`);
  }
  // A warning every method gives is said once; the others name their method.
  const shared = (w: string) => reports.every((r) => r.warnings.includes(w));
  const warnings = [...new Set(reports.flatMap((r) => r.warnings.map((w) => (shared(w) || reports.length === 1 ? w : `${r.method}: ${w}`))))];
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings.map((w) => `  ${w}`));
  return `${lines.join('\n')}\n`;
}

/** One row per method: the figures, without donors or trajectory (those are in --format json). */
export function formatImpactCsv(reports: readonly ImpactReport[]): string {
  return toCsv<ImpactReport>(
    [
      { header: 'measure', value: (r) => r.measure.code },
      { header: 'treated', value: (r) => r.treated.map((t) => t.code).join(' ') },
      { header: 'method', value: (r) => r.method },
      { header: 'estimate', value: (r) => r.estimate },
      { header: 'se', value: (r) => r.se },
      { header: 'ci95_low', value: (r) => r.ci95?.[0] ?? null },
      { header: 'ci95_high', value: (r) => r.ci95?.[1] ?? null },
      { header: 'p_value', value: (r) => r.p_value },
      { header: 'pre_fit_rmse', value: (r) => r.pre_fit_rmse },
      { header: 'pre_periods', value: (r) => r.pre_periods.join(' ') },
      { header: 'post_periods', value: (r) => r.post_periods.join(' ') },
      { header: 'donors', value: (r) => r.donors.length },
      { header: 'placebos', value: (r) => r.placebos },
      { header: 'seed', value: (r) => r.seed },
      { header: 'warnings', value: (r) => r.warnings.join(' | ') },
    ],
    reports,
  );
}
