/** Audit actions the service records, in words; others (added by later versions) are shown as recorded. */
const ACTION_NAMES: Readonly<Record<string, string>> = {
  'session.sign_in': 'Signed in',
  'session.sign_out': 'Signed out',
  'board.create': 'Recorded board chair',
  'board.update': 'Changed board chair',
  'user.create': 'Created user',
  'user.update': 'Changed user',
  'user.disable': 'Disabled user',
  'token.create': 'Created API token',
  'token.revoke': 'Revoked API token',
  'user.set_password': 'Set a new password',
  'demo.load': 'Loaded demo data',
  'schema.migrate': 'Upgraded the database',
};

/** `describeAction('board.update')` → "Changed board chair"; `describeAction('x.y')` → "x.y". */
export function describeAction(action: string): string {
  return ACTION_NAMES[action] ?? action;
}

/** An entity type in words: `describeEntityType('partnership_board')` → "Partnership board". */
export function describeEntityType(entityType: string): string {
  const words = entityType.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
