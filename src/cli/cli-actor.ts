import type { AuditActor } from '../domain/access/index.ts';
import type { CliIo } from './io.ts';

/** Changes made at the command line are audited as `cli:<OS user>` where the user is known, else `cli`. */
export function cliActor(io: CliIo): AuditActor {
  const who = io.env['USER'] ?? io.env['LOGNAME'];
  return { userId: null, label: who === undefined ? 'cli' : `cli:${who}` };
}
