/** Audit actions the service records, in a few words; others (added by later versions) are shown as recorded. */
const ACTION_NAMES: Readonly<Record<string, string>> = {
  'session.sign_in': 'Signed in',
  'session.sign_out': 'Signed out',
  'user.create': 'Created user',
  'user.update': 'Changed user',
  'user.update_refused': 'Refused a change to a user',
  'user.disable': 'Disabled user',
  'user.enable': 'Re-enabled user',
  'user.set_password': 'Set a new password',
  'token.create': 'Created API token',
  'token.revoke': 'Revoked API token',
  'board.create': 'Recorded board chair',
  'board.update': 'Changed board chair',
  'board_member.create': 'Added board member',
  'board_meeting.create': 'Recorded board meeting',
  'plan_actual.create': 'Recorded plan figure',
  'plan_actual.update': 'Changed plan figure',
  'plan_measure.override': 'Set measure status by hand',
  'what_worked.create': 'Added what worked',
  'demo.load': 'Loaded demo data',
  'schema.migrate': 'Upgraded the database',
  'data.import': 'Imported data',
  'data.derive': 'Worked out figures',
  'schools.place': 'Placed schools in districts',
  'careers.import': 'Imported careers encounters',
  'careers.demo.generate': 'Generated synthetic careers data',
  'careers.encounters.delete': 'Deleted careers encounters',
  'careers.pupil.transfer': 'Moved a careers record',
  'careers.retention.apply': 'Removed old careers records',
  'careers.employers.import': 'Imported employers',
  'careers.advisers.import': 'Imported careers advisers',
  'catch-up.import': 'Imported tutoring sessions',
  'catch-up.census-import': 'Imported census tutoring return',
  'catch-up.synthetic': 'Generated synthetic tutoring data',
  'catch-up.retention.apply': 'Removed old tutoring records',
  'catch-up.target.set': 'Set tutoring target',
  'holiday.clubs.import': 'Imported holiday clubs',
  'holiday.attendance.import': 'Imported holiday attendance',
  'holiday.retention.apply': 'Removed old holiday attendance',
  'holiday.synthetic': 'Generated synthetic holiday data',
  'area_selection.save': 'Saved area selection',
  'index_recipe.save': 'Saved index recipe',
  'twins.save': 'Saved statistical neighbours',
  'hub.place': 'Placed Research School',
  'hub.unplace': 'Removed Research School placement',
  'hub.reach.set': 'Set Research School reach',
  'hub.reach.clear': 'Reset Research School reach',
  'guidance_report.create': 'Added guidance report',
  'programme.create': 'Added training programme',
  'event.create': 'Added event',
  'attendance.record': 'Recorded attendance',
  'engagement.update': 'Updated school engagement',
  'evidence_plan.record': 'Recorded evidence plan',
  'fund.profile': 'Changed fund profile',
  'funding.allocation.confirm': 'Confirmed allocation',
  'funding.spend.import': 'Imported spend',
  'funding.spend.create': 'Recorded spend',
  'funding.spend.approve': 'Approved spend',
};

/** Families of actions a filter can choose as one, by the start of their names. */
export const ACTION_FAMILIES: readonly { readonly prefix: string; readonly name: string }[] = [
  { prefix: 'session.', name: 'Any sign-in or sign-out' },
  { prefix: 'user.', name: 'Any change to a user' },
  { prefix: 'careers.', name: 'Any careers action' },
  { prefix: 'catch-up.', name: 'Any catch-up tutoring action' },
  { prefix: 'holiday.', name: 'Any holiday activities action' },
  { prefix: 'funding.', name: 'Any funding action' },
  { prefix: 'hub.', name: 'Any Research School placement or reach' },
];

/** Every action with a name, in the order above. */
export const NAMED_ACTIONS: readonly string[] = Object.keys(ACTION_NAMES);

/** `describeAction('board.update')` → "Changed board chair"; `describeAction('x.y')` → "x.y". */
export function describeAction(action: string): string {
  return ACTION_NAMES[action] ?? action;
}

/** What audit entries are about, as the service records them. */
export const ENTITY_TYPES: readonly string[] = [
  'user', 'api_token', 'partnership_board', 'plan_measure', 'what_worked', 'data_source', 'schema', 'schools', 'school',
  'careers_ledger', 'careers_employers', 'careers_advisers', 'catch_up_sessions', 'catch_up_census', 'catch_up_target',
  'holiday_clubs', 'holiday_attendance',
  'area_selection', 'index_recipe', 'neighbour_set', 'research_school', 'guidance_report', 'research_programme',
  'research_event', 'fund', 'spend_line',
];

/** An entity type in words: `describeEntityType('partnership_board')` → "Partnership board". */
export function describeEntityType(entityType: string): string {
  const words = entityType.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
