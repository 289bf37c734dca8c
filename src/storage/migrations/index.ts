import type { Migration } from 'kysely';
import * as programmeRegister from './0001-programme-register.ts';
import * as peopleAndAccess from './0002-people-and-access.ts';

/** Every migration in order. Append only: a shipped migration never changes. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-programme-register': programmeRegister,
  '0002-people-and-access': peopleAndAccess,
};
