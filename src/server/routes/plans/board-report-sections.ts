import { cellToDisplay, type Cell } from '../../../domain/disclosure/index.ts';
import { formatPence } from '../../../domain/shared/money.ts';
import type { BoardCareers } from './board-careers.ts';
import type { BoardFundingRow } from './board-funding.ts';
import type { BoardReach } from './board-reach.ts';
import { escapeHtml as escape, numberHtml as num } from './html-text.ts';

const money = (pence: number) => escape(formatPence(pence));
const FLAG_TEXT = { overspend: 'Overspent', underspend: 'Underspent' } as const;

/** Each fund's allocation to the area beside the spend recorded, with a total row; or the line saying there is none. */
export function fundingSection(rows: readonly BoardFundingRow[]): string {
  if (rows.length === 0) return '<p data-section="funding-none">No funding has been allocated to this area yet: allocations are recorded on each fund’s page (Funding).</p>';
  const sum = (pick: (r: BoardFundingRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const body = rows
    .map((r) => `<tr data-fund="${escape(r.fundId)}"><td>${escape(r.fundName)}<br><span class="why">${escape(r.period)}</span></td><td class="num">${money(r.allocatedPence)}</td><td class="num">${money(r.paidPence)}</td><td class="num">${money(r.committedPence)}</td><td class="num">${money(r.remainingPence)}${r.flag === null ? '' : `<br><span class="why">${FLAG_TEXT[r.flag]}</span>`}</td><td class="num">${money(r.pendingPence)}</td></tr>`)
    .join('');
  const spendNone = sum((r) => r.paidPence + r.committedPence + r.pendingPence) === 0 ? '<p>No spend has been recorded against these allocations yet.</p>' : '';
  return `<table><caption>Funding allocated and spend recorded</caption><thead><tr><th scope="col">Fund</th><th scope="col">Allocated</th><th scope="col">Paid</th><th scope="col">Committed</th><th scope="col">Remaining</th><th scope="col">Awaiting approval</th></tr></thead><tbody>${body}</tbody>
<tfoot><tr><th scope="row">Total</th><td class="num">${money(sum((r) => r.allocatedPence))}</td><td class="num">${money(sum((r) => r.paidPence))}</td><td class="num">${money(sum((r) => r.committedPence))}</td><td class="num">${money(sum((r) => r.remainingPence))}</td><td class="num">${money(sum((r) => r.pendingPence))}</td></tr></tfoot></table>
${spendNone}<p class="why">Remaining is the allocation less what is used (payments settle commitments, so the larger of the two); spend awaiting a second person’s approval is not counted (methodology “Funding allocation”, variance).</p>`;
}

const cell = (c: Cell) => escape(cellToDisplay(c));
const percent = (c: Cell) => (c.kind === 'value' ? `${num(c.value)}%` : cell(c));

/** Pupils reaching four encounters (suppressed figures as a board sees them) and Enterprise Adviser coverage. */
export function careersSection(careers: BoardCareers): string {
  const coverage =
    careers.coverage === null
      ? '<p data-section="careers-none">No careers encounters have been recorded for pupils in this area’s schools yet.</p>'
      : `<table><caption>Pupils with four or more encounters with employers</caption><thead><tr><th scope="col">Pupils</th><th scope="col">With four or more</th><th scope="col">Share</th><th scope="col">Share, FSM</th><th scope="col">Share, not FSM</th><th scope="col">FSM gap (points)</th></tr></thead>
<tbody><tr data-careers="total"><td class="num">${cell(careers.coverage.pupils)}</td><td class="num">${cell(careers.coverage.reached)}</td><td class="num">${percent(careers.coverage.share)}</td><td class="num">${percent(careers.coverage.fsmShare)}</td><td class="num">${percent(careers.coverage.notFsmShare)}</td><td class="num">${cell(careers.coverage.gap)}</td></tr></tbody></table>
<p class="why">Figures under disclosure control, as the area’s careers page shows them to a board: [c] is withheld so no pupil can be picked out, [z] does not apply (methodology “Careers encounters and coverage”).</p>`;
  const { schools, covered } = careers.advisers;
  const advisers =
    schools === 0
      ? '<p data-section="advisers-none">No secondary schools or colleges in this area’s districts are in the school register, so Enterprise Adviser coverage cannot be shown.</p>'
      : `<p data-advisers="${String(covered)}/${String(schools)}"><strong>Enterprise Advisers:</strong> ${num(covered)} of ${num(schools)} secondary schools and colleges have one (${num(Math.round((covered * 1000) / schools) / 10)}%).</p>`;
  return coverage + advisers;
}

const BAND_TEXT = { high: 'High need', other: 'Other schools', unscored: 'No need score' } as const;

/** Schools in the area's districts engaged by the Research School network, by need. */
export function reachSection(reach: BoardReach): string {
  if (reach.schools === 0) return '<p data-section="reach-none">No schools in this area’s districts are in the school register, so the Research School’s reach cannot be shown.</p>';
  const engaged = reach.rows.reduce((sum, r) => sum + r.engaged, 0);
  const body = reach.rows
    .map((r) => `<tr data-need="${r.band}"><th scope="row">${BAND_TEXT[r.band]}</th><td class="num">${num(r.schools)}</td><td class="num">${num(r.engaged)}</td><td class="num">${num(r.trained)}</td><td class="num">${r.shareEngaged === null ? '[z]' : `${num(r.shareEngaged)}%`}</td></tr>`)
    .join('');
  const none = engaged === 0 ? '<p>No school in the area has yet attended a Research School event or recorded an evidence plan.</p>' : '';
  return `<table><caption>Schools reached by the Research School network, by need</caption><thead><tr><th scope="col">Need</th><th scope="col">Schools</th><th scope="col">Engaged</th><th scope="col">Trained or beyond</th><th scope="col">Share engaged</th></tr></thead><tbody>${body}</tbody></table>
${none}<p class="why">High need is a need score of ${num(reach.highNeedScore)} or more (free school meals, attainment and deprivation, as percentiles within phase across England); engaged is aware or beyond (methodology “Research School network”, need score and engagement levels).</p>`;
}
