import { err, ok, type Result } from '../shared/result.ts';
import type { Role } from './roles.ts';
import type { ScopeRef } from './scope.ts';

export interface User {
  readonly id: number;
  readonly email: string;
  /** The person's name, where given; accounts made by single sign-on or before names were kept have none. */
  readonly name: string | null;
  readonly role: Role;
  readonly scope: readonly ScopeRef[];
  readonly isDemo: boolean;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

/** Lower-cases and checks an email address: one @, something either side, a dot in the domain. */
export function parseEmail(input: string): Result<string, string> {
  const email = input.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return err(`Enter an email address in the correct format, like name@example.gov.uk`);
  }
  return ok(email);
}
