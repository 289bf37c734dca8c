import type { AuditEntryView } from '../../api/types.ts';
import { ROLE_LABELS } from '../../../../src/domain/access/roles.ts';

/** An area's name from its id, where known: entries name areas by id. */
export type AreaNameOf = (areaId: string) => string | undefined;

interface Context {
  readonly who: string;
  readonly id: string;
  readonly summary: Readonly<Record<string, unknown>>;
  readonly area: (areaId: string) => string;
}

type Sentence = (c: Context) => string;

/**
 * Every audit action the service records, as a sentence. A test reads the source for the actions written
 * to the log and fails when one is missing here; entries from a later version fall back to the action as
 * recorded. Never put pupil detail in a sentence: a pupil's transfer says only which schools.
 */
const SENTENCES: Readonly<Record<string, Sentence>> = {
  'session.sign_in': (c) => `${c.who} signed in${c.summary.via === 'oidc' ? ' with single sign-on' : c.summary.via === 'password' ? ' with a password' : ''}`,
  'session.sign_out': (c) => `${c.who} signed out`,
  'user.create': (c) => `${c.who} added the user ${c.id}${nameText(c.summary.name)}${roleText(c.summary.role)}${scopeText(c.summary.scope)}`,
  'user.update': (c) => userUpdateSentence(c),
  // Only a change of role can be refused (it would take away the last admin: docs/security.md).
  'user.update_refused': (c) => {
    const role = asChange(c.summary.role);
    const change = role === null ? '' : ` from ${roleWords(role.before)} to ${roleWords(role.after)}`;
    return `${c.who} asked to change the role of ${c.id}${change}; refused, as it would leave no active national programme team user, and the sign-in turned away`;
  },
  'user.disable': (c) => `${c.who} disabled the user ${c.id}, ending their sessions`,
  'user.enable': (c) => `${c.who} re-enabled the user ${c.id}, so they can sign in again`,
  'user.set_password': (c) => `${c.who} set a new password for ${c.id}, ending their sessions`,
  'token.create': (c) => `${c.who} created an API token${quoted(c.summary.name)} for ${text(c.summary.user, 'a user')}`,
  'token.revoke': (c) => `${c.who} revoked the API token ${c.id}`,
  'board.create': (c) => boardSentence(c, 'recorded'),
  'board.update': (c) => boardSentence(c, 'changed'),
  'board_member.create': (c) => `${c.who} added ${text(c.summary.name, 'a member')}${c.summary.organisation === undefined ? '' : ` (${text(c.summary.organisation)})`} to ${c.area(c.id)}’s partnership board`,
  'board_meeting.create': (c) => `${c.who} recorded ${c.area(c.id)}’s partnership board meeting of ${dateText(c.summary.heldOn)}${listCount(c.summary.decisions, 'decision')}`,
  'plan_actual.create': (c) => planActualSentence(c, 'recorded'),
  'plan_actual.update': (c) => planActualSentence(c, 'changed'),
  'plan_measure.override': (c) => {
    const status = asChange(c.summary.status);
    const measure = measureText(c);
    if (status === null) return `${c.who} changed the reason for the status of ${measure}`;
    return status.after === null ? `${c.who} removed the status set by hand on ${measure}` : `${c.who} set the status of ${measure} to ${text(status.after).replaceAll('_', ' ')} by hand`;
  },
  'what_worked.create': (c) => `${c.who} added a “what worked” entry${quoted(c.summary.what)} for ${c.area(text(c.summary.areaId))}`,
  'demo.load': (c) => `${c.who} loaded the demo data (${countsText(c.summary, ['inserted', 'updated', 'unchanged'])})`,
  'schema.migrate': (c) => `${c.who} upgraded the database${listCount(c.summary.applied, 'change')}, to ${c.id}`,
  'data.import': (c) => `${c.who} imported ${number(rowsIn(c.summary))} rows of ${text(c.summary.kind, 'data').replaceAll('_', ' ')} from ${c.id} (${countsText(c.summary, ['inserted', 'updated', 'unchanged'])})`,
  'data.derive': (c) => `${c.who} worked out figures from the data loaded (${c.id}: ${countsText(c.summary, ['inserted', 'updated', 'removed'])})`,
  'schools.place': (c) => `${c.who} placed ${number(c.summary.schools)} schools in their districts (${number(c.summary.changed)} changed)`,
  'careers.import': (c) => `${c.who} imported careers encounters from ${c.id} (${countsText(c.summary)})`,
  'careers.demo.generate': (c) => `${c.who} generated synthetic careers data (${countsText(c.summary)})`,
  'careers.encounters.delete': (c) => `${c.who} deleted ${number(c.summary.deleted)} careers encounters`,
  'careers.pupil.transfer': (c) => `${c.who} moved a pupil’s careers record ${schoolText('from', c.summary.from)}to school ${c.id}`,
  'careers.retention.apply': (c) => `${c.who} removed careers records older than ${text(c.summary.years)} years (${countsText(c.summary, ['pupils', 'encounters'])})`,
  'careers.employers.import': (c) => `${c.who} imported employers (${countsText(c.summary)})`,
  'careers.advisers.import': (c) => `${c.who} imported careers advisers (${countsText(c.summary)})`,
  'catch-up.import': (c) => `${c.who} imported tutoring sessions from ${c.id} (${countsText(c.summary)})`,
  'catch-up.census-import': (c) => `${c.who} imported a School Census tutoring return from ${c.id} (${countsText(c.summary)})`,
  'catch-up.synthetic': (c) => `${c.who} generated synthetic tutoring data (${countsText(c.summary, ['pupils', 'sessions', 'removed'])})`,
  'catch-up.retention.apply': (c) => `${c.who} removed tutoring records older than ${text(c.summary.years)} years`,
  'catch-up.target.set': (c) => `${c.who} set the tutoring target ${c.id.replaceAll(':', ' ')} ${c.summary.before === null || c.summary.before === undefined ? '' : `from ${text(c.summary.before)} `}to ${text(c.summary.after)}`,
  'holiday.clubs.import': (c) => `${c.who} imported holiday clubs from ${c.id} (${countsText(c.summary, ['inserted', 'updated', 'unchanged'])})`,
  'holiday.attendance.import': (c) => `${c.who} imported holiday attendance from ${c.id} (${countsText(c.summary, ['rows', 'inserted', 'updated', 'pupilsAdded'])})`,
  'holiday.synthetic': (c) => `${c.who} generated synthetic holiday data (${countsText(c.summary, ['clubs', 'pupils', 'bookings', 'removed'])})`,
  'holiday.retention.apply': (c) => `${c.who} removed holiday attendance older than ${text(c.summary.years)} years (${countsText(c.summary, ['attendance', 'pupils'])})`,
  'area_selection.save': (c) => `${c.who} saved the area selection “${c.id}”`,
  'index_recipe.save': (c) => `${c.who} saved the index recipe ${c.id}`,
  'twins.save': (c) => `${c.who} saved the set of statistical neighbours${quoted(c.summary.name)} (${number(c.summary.areas)} areas)`,
  'hub.place': (c) => `${c.who} placed the Research School ${c.id}`,
  'hub.unplace': (c) => `${c.who} removed the placement of the Research School ${c.id}${reasonText(c.summary.reason)}`,
  'hub.reach.set': (c) => `${c.who} set the reach of the Research School ${c.id}${reachText(c.summary.after)}`,
  'hub.reach.clear': (c) => `${c.who} put the reach of the Research School ${c.id} back to the default${reasonText(c.summary.reason)}`,
  'guidance_report.create': (c) => `${c.who} added the guidance report${quoted(c.summary.title)} (${c.id})`,
  'programme.create': (c) => `${c.who} added the training programme${quoted(c.summary.title)} (${c.id})`,
  'event.create': (c) => `${c.who} added the event${quoted(c.summary.title)} (${c.id})`,
  'attendance.record': (c) => `${c.who} recorded attendance at the event ${c.id}`,
  'engagement.update': (c) => `${c.who} updated the engagement of school ${c.id}`,
  'evidence_plan.record': (c) => `${c.who} recorded the evidence plan of school ${c.id}`,
  'fund.profile': (c) => `${c.who} changed the spending profile of the fund ${c.id}`,
  'funding.allocation.confirm': (c) => `${c.who} confirmed the allocation of the fund ${c.id}: ${pounds(c.summary.totalPence)} to ${number(c.summary.recipients)} recipients`,
  'funding.spend.import': (c) => `${c.who} imported ${number(c.summary.lines)} spend lines for the fund ${c.id} (${number(c.summary.pending)} awaiting approval)`,
  'funding.spend.create': (c) => `${c.who} recorded spend line ${c.id} of the fund ${text(c.summary.fundId)}${c.summary.amountPence === undefined ? '' : `: ${pounds(c.summary.amountPence)} to ${text(c.summary.recipient)}`}`,
  'funding.spend.approve': (c) => `${c.who} approved spend line ${c.id} of the fund ${text(c.summary.fundId)}`,
};

/** The actions there are sentences for. */
export const DESCRIBED_ACTIONS: readonly string[] = Object.keys(SENTENCES);

/**
 * An audit entry as a sentence: `{ actor: 'alice@x.gov.uk', action: 'board.update', entityId: 'blackpool',
 * summary: { chair: { before: 'A', after: 'B' } } }` → "alice@x.gov.uk changed the chair of Blackpool’s
 * partnership board from A to B". An action this version does not know is shown as recorded:
 * "cli: x.y on thing 42".
 */
export function describeAuditEntry(entry: AuditEntryView, areaNameOf: AreaNameOf = () => undefined): string {
  const who = describeActor(entry.actor);
  const sentence = SENTENCES[entry.action];
  const summary = isRecord(entry.summary) ? entry.summary : {};
  if (sentence === undefined) return `${who}: ${entry.action} on ${entry.entityType.replaceAll('_', ' ')} ${entry.entityId}`;
  return sentence({ who, id: entry.entityId, summary, area: (id) => areaNameOf(id) ?? id });
}

/** Who made a change, in words: an email as it is, `cli` as "Someone at the command line". */
export function describeActor(actor: string): string {
  if (actor === 'cli') return 'Someone at the command line';
  if (actor === 'system') return 'The service';
  return actor;
}

function boardSentence(c: Context, verb: 'recorded' | 'changed'): string {
  const chair = asChange(c.summary.chair);
  const board = `${c.area(c.id)}’s partnership board`;
  if (chair === null) return `${c.who} ${verb === 'recorded' ? 'recorded' : 'changed'} the record of ${board}: ${changesText(c.summary)}`;
  if (chair.before === null || chair.before === '') return `${c.who} recorded the chair of ${board}: ${text(chair.after)}`;
  return `${c.who} changed the chair of ${board} from ${text(chair.before)} to ${text(chair.after)}`;
}

function planActualSentence(c: Context, verb: 'recorded' | 'changed'): string {
  const value = asChange(c.summary.value);
  const period = text(c.summary.period, 'a period');
  if (value === null || verb === 'recorded' || value.before === null) return `${c.who} ${verb} ${measureText(c)} for ${period}${value === null ? '' : `: ${text(value.after)}`}`;
  return `${c.who} changed ${measureText(c)} for ${period} from ${text(value.before)} to ${text(value.after)}`;
}

/** `blackpool/KS2-RWM` → "Blackpool’s measure KS2-RWM". */
function measureText(c: Context): string {
  const slash = c.id.indexOf('/');
  return slash < 0 ? `the measure ${c.id}` : `${c.area(c.id.slice(0, slash))}’s measure ${c.id.slice(slash + 1)}`;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asChange(value: unknown): { before: unknown; after: unknown } | null {
  return isRecord(value) && 'before' in value && 'after' in value ? { before: value.before, after: value.after } : null;
}

function text(value: unknown, otherwise = 'not set'): string {
  if (value === null || value === undefined || value === '') return otherwise;
  if (typeof value === 'number') return number(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function quoted(value: unknown): string {
  return typeof value === 'string' && value !== '' ? ` “${value}”` : '';
}

function number(value: unknown): string {
  return typeof value === 'number' ? value.toLocaleString('en-GB') : '?';
}

function pounds(pence: unknown): string {
  return typeof pence === 'number' ? `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : '?';
}

function dateText(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return text(value, 'an unknown date');
  return new Date(`${value}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function rowsIn(summary: Readonly<Record<string, unknown>>): number {
  return ['inserted', 'updated', 'unchanged'].reduce((sum, key) => sum + (typeof summary[key] === 'number' ? summary[key] : 0), 0);
}

function listCount(value: unknown, noun: string): string {
  if (!Array.isArray(value)) return '';
  return ` (${number(value.length)} ${noun}${value.length === 1 ? '' : 's'})`;
}

/**
 * `{ role: { before: 'school', after: 'area_lead' } }` → "… changed the role of x@y from school user to
 * area lead"; several fields are listed in one sentence.
 */
function userUpdateSentence(c: Context): string {
  const parts = Object.entries(c.summary).flatMap(([field, value]) => {
    const change = asChange(value);
    if (change === null) return [];
    if (field === 'role') return [`the role from ${roleWords(change.before)} to ${roleWords(change.after)}`];
    if (field === 'scope') return [`what they can access from ${scopeWords(change.before)} to ${scopeWords(change.after)}`];
    return [`the ${wordsOf(field)} from ${text(change.before)} to ${text(change.after)}`];
  });
  return parts.length === 0 ? `${c.who} changed the user ${c.id}: no fields changed` : `${c.who} changed ${parts.join(', and ')} for the user ${c.id}`;
}

function roleWords(role: unknown): string {
  if (typeof role !== 'string') return 'not set';
  return role in ROLE_LABELS ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : role;
}

function scopeWords(scope: unknown): string {
  return Array.isArray(scope) && scope.length > 0 ? scope.map((s) => text(s)).join(', ') : 'everything';
}

function nameText(name: unknown): string {
  return typeof name === 'string' && name !== '' ? ` (${name})` : '';
}

function roleText(role: unknown): string {
  return typeof role === 'string' ? ` as ${roleWords(role)}` : '';
}

function scopeText(scope: unknown): string {
  return Array.isArray(scope) && scope.length > 0 ? ` for ${scope.map((s) => text(s)).join(', ')}` : '';
}

/** `schoolText('from', 100002)` → "from school 100002 "; nothing when the school is not known. */
function schoolText(word: string, urn: unknown): string {
  return typeof urn === 'number' || typeof urn === 'string' ? `${word} school ${String(urn)} ` : '';
}

function reasonText(reason: unknown): string {
  return typeof reason === 'string' && reason !== '' ? ` because “${reason}”` : '';
}

function reachText(after: unknown): string {
  if (!isRecord(after)) return '';
  const parts = [
    typeof after.radiusMetres === 'number' ? `within ${number(after.radiusMetres / 1000)} km` : null,
    typeof after.capacity === 'number' ? `up to ${number(after.capacity)} schools` : null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? '' : `: ${parts.join(', ')}`;
}

/** `{ role: { before: 'analyst', after: 'admin' } }` → "role from analyst to admin". */
function changesText(summary: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(summary).flatMap(([field, value]) => {
    const change = asChange(value);
    return change === null ? [] : [`${wordsOf(field)} from ${text(change.before)} to ${text(change.after)}`];
  });
  return lines.length === 0 ? 'no fields changed' : lines.join('; ');
}

/**
 * The whole numbers in a summary as counts: `{ pupils: 40, encounters: 90, replace: true }` →
 * "40 pupils, 90 encounters"; `keys` picks and orders them.
 */
function countsText(summary: Readonly<Record<string, unknown>>, keys?: readonly string[]): string {
  const entries = (keys ?? Object.keys(summary)).flatMap((key) => {
    const value = summary[key];
    return typeof value === 'number' && Number.isInteger(value) ? [`${number(value)} ${wordsOf(key)}`] : [];
  });
  return entries.length === 0 ? 'no counts recorded' : entries.join(', ');
}

/** `mergedEncounters` → "merged encounters", `by_rule` → "by rule". */
function wordsOf(key: string): string {
  return key.replaceAll('_', ' ').replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}
