import type { Migration } from 'kysely';
import * as programmeRegister from './0001-programme-register.ts';

/** Every migration in order. Append only: a shipped migration never changes. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-programme-register': programmeRegister,
};
