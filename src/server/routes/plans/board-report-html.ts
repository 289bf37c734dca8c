import { STATUS_LABELS, type AssessedMeasure } from '../../../domain/delivery-plans/index.ts';
import { formatIsoDate } from '../../../domain/shared/iso-date.ts';
import type { AreaAgainstTwins } from '../../../app/twinning/area-against-twins.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import type { BoardCareers } from './board-careers.ts';
import type { BoardFundingRow } from './board-funding.ts';
import type { BoardImpact } from './board-impact.ts';
import type { BoardReach } from './board-reach.ts';
import type { StoredMeasure } from './measure-view.ts';
import { careersSection, fundingSection, reachSection } from './board-report-sections.ts';
import { escapeHtml as escape, numberHtml as num } from './html-text.ts';
import { trendChartSvg } from './trend-chart-svg.ts';

type BoardMember = Awaited<ReturnType<Services['boardMeetings']['listBoardMembers']>>[number];
type BoardMeeting = Awaited<ReturnType<Services['boardMeetings']['listBoardMeetings']>>[number];

export interface BoardReport {
  readonly area: { readonly id: string; readonly name: string };
  readonly generatedOn: string;
  readonly chair: string | null;
  readonly members: readonly BoardMember[];
  /** Newest first. */
  readonly meetings: readonly BoardMeeting[];
  readonly measures: readonly AssessedMeasure<StoredMeasure>[];
  /** Each of the area's districts beside its nearest statistical neighbours; empty when none can be compared. */
  readonly twins: readonly AreaAgainstTwins[];
  /** The area's estimate against comparison areas, or why there is none. */
  readonly impact: BoardImpact;
  /** Each fund's allocation to the area and the spend recorded against it; empty when none. */
  readonly funding: readonly BoardFundingRow[];
  readonly careers: BoardCareers;
  readonly reach: BoardReach;
}

const STATUS_COLOURS = { on_track: '#00703c', at_risk: '#f47738', off_track: '#d4351c', no_data: '#505a5f' } as const;

const STYLE = `
  body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 0; font-size: 11pt; }
  h1 { font-size: 20pt; margin: 0 0 4pt; } h2 { font-size: 14pt; margin: 16pt 0 6pt; border-bottom: 2px solid #0b0c0c; }
  p.meta { color: #505a5f; margin: 0 0 8pt; }
  table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-weight: bold; padding: 4pt 0; } th, td { text-align: left; vertical-align: top; padding: 4pt; border-bottom: 1px solid #b1b4b6; }
  th { font-size: 9pt; } td.num { text-align: right; white-space: nowrap; }
  .status { display: inline-block; padding: 1pt 4pt; color: #fff; font-weight: bold; font-size: 9pt; }
  .why { color: #505a5f; font-size: 9pt; } tr { page-break-inside: avoid; }
  @page { size: A4; margin: 12mm; }
`;

/**
 * The one-page board report for a meeting, as self-contained HTML (inline style and SVG, nothing fetched):
 * headline measures with status and trend, what changed since the last meeting, decisions due, and who
 * sits on the board. The same page is printed to PDF.
 */
export function renderBoardReport(report: BoardReport): string {
  const last = report.meetings[0];
  const measureRows = report.measures.map(({ measure, assessment }) => {
    const latest = assessment.latest === null ? 'No data' : `${num(assessment.latest.value)} (${escape(assessment.latest.period)})`;
    const target = assessment.target === null ? '' : `${num(assessment.target.value)} (${escape(assessment.target.period)})`;
    return `<tr data-measure="${escape(measure.code)}">
      <td><strong>${escape(measure.name)}</strong><br><span class="why">${escape(measure.priority.title)} · ${escape(measure.unit)}</span></td>
      <td class="num">${num(measure.baseline.value)} (${escape(measure.baseline.period)})</td>
      <td class="num">${latest}</td>
      <td class="num">${target}</td>
      <td>${trendChartSvg(measure.baseline, measure.actuals, measure.targets)}</td>
      <td><span class="status" style="background:${STATUS_COLOURS[assessment.status]}">${STATUS_LABELS[assessment.status]}</span><br><span class="why">${escape(assessment.explanation)}</span></td>
    </tr>`;
  });
  const changed = report.measures.flatMap(({ measure }) =>
    measure.actuals.filter((a) => last === undefined || a.recordedOn > last.heldOn).map((a) => ({ measure, actual: a })),
  );
  const decisions = report.meetings
    .flatMap((m) => m.decisions.filter((d) => d.doneOn === null).map((d) => ({ ...d, heldOn: m.heldOn })))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(report.area.name)} partnership board report</title><style>${STYLE}</style></head>
<body>
<h1>${escape(report.area.name)} partnership board report</h1>
<p class="meta">Produced ${escape(formatIsoDate(report.generatedOn))}${last === undefined ? '' : ` · last board meeting ${escape(formatIsoDate(last.heldOn))}`}${report.chair === null ? '' : ` · chair ${escape(report.chair)}`}</p>
<h2>Headline measures</h2>
${measureRows.length === 0 ? '<p>No delivery plan measures have been recorded yet.</p>' : `<table><thead><tr><th>Measure</th><th>Baseline</th><th>Latest</th><th>Target</th><th>Trend</th><th>Status</th></tr></thead><tbody>${measureRows.join('')}</tbody></table>`}
<p class="why">Status by the rule in the methodology (“Delivery plans and measure status”): progress from baseline to target compared with the share of the time gone. A status set by hand says why.</p>
<h2>Funding and spend</h2>
${fundingSection(report.funding)}
<h2>Careers coverage</h2>
${careersSection(report.careers)}
<h2>Research School reach</h2>
${reachSection(report.reach)}
<h2>Against its statistical neighbours</h2>
${twinsSection(report.twins)}
<h2>Impact against comparison areas</h2>
${impactSection(report.impact)}
<h2>What changed since the last meeting</h2>
${changed.length === 0 ? '<p>No new figures.</p>' : `<ul>${changed.map(({ measure, actual }) => `<li>${escape(measure.name)}: ${num(actual.value)} for ${escape(actual.period)} (${escape(actual.source)}, ${escape(formatIsoDate(actual.recordedOn))})</li>`).join('')}</ul>`}
<h2>Decisions due</h2>
${decisions.length === 0 ? '<p>No open decisions.</p>' : `<table><thead><tr><th>Due</th><th>Decision</th><th>Owner</th><th>Made</th></tr></thead><tbody>${decisions.map((d) => `<tr><td>${escape(formatIsoDate(d.dueOn))}</td><td>${escape(d.decision)}</td><td>${escape(d.owner)}</td><td>${escape(formatIsoDate(d.heldOn))}</td></tr>`).join('')}</tbody></table>`}
<h2>Board members</h2>
${report.members.length === 0 ? '<p>No members recorded.</p>' : `<ul>${report.members.map((m) => `<li>${escape(m.name)}, ${escape(m.organisation)} (${escape(m.sector)})</li>`).join('')}</ul>`}
</body></html>`;
}

/** The area's district(s) beside their nearest neighbours on the index's indicators, the area's row first. */
function twinsSection(twins: readonly AreaAgainstTwins[]): string {
  if (twins.length === 0) return '<p>No statistical neighbours can be shown: the public data the comparison needs has not been loaded.</p>';
  return twins
    .map((t) => {
      const head = t.indicators.map((i) => `<th>${escape(i.name)}${i.period === null ? '' : ` (${escape(i.period)})`}</th>`).join('');
      const rows = t.rows
        .map((r, i) => {
          const cells = t.indicators.map((ind) => {
            const v = r.values[ind.code];
            return `<td class="num">${v === null || v === undefined ? '–' : num(v)}</td>`;
          });
          const name = i === 0 ? `<strong>${escape(r.name)}</strong>` : escape(r.name);
          return `<tr data-district="${escape(r.code)}"><td>${name}</td><td class="num">${r.distance === null ? '' : num(r.distance)}</td>${cells.join('')}</tr>`;
        })
        .join('');
      return `<table><thead><tr><th>District</th><th>Distance</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('') + `<p class="why">The nearest districts by the ${escape(twins[0]?.recipe ?? '')} indicators: standardised, weighted distance (methodology “Twinning and similar schools”).</p>`;
}

/** The estimate in the page's words with how it was made and its warnings, or the one line saying why there is none. */
function impactSection(impact: BoardImpact): string {
  if (impact.kind === 'none') return `<p data-impact="none">${escape(impact.line)}</p>`;
  const warnings = impact.warnings.length === 0 ? '' : `<ul class="why">${impact.warnings.map((w) => `<li>${escape(w)}</li>`).join('')}</ul>`;
  return `<p data-impact="estimate"><strong>${escape(impact.measure)}.</strong> ${escape(impact.sentence)}</p><p class="why">${escape(impact.basis)}</p>${warnings}`;
}
