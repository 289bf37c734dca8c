import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role, ScopeRef } from '../../src/domain/access/index.ts';
import { hashPassword } from '../../src/app/access/password.ts';
import { createUser } from '../../src/storage/repositories/users.repository.ts';
import type { Database } from '../../src/storage/schema.ts';
import { fixedClock } from './clock.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Hashing is deliberately slow (scrypt), so tests hash the shared password once. */
let hashed: Promise<string> | undefined;

export async function addUser(db: Kysely<Database>, email: string, role: Role, scope: readonly ScopeRef[] = []): Promise<void> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const user = await createUser(db, { email, role, scope, passwordHash: await hashed }, { userId: null, label: 'test' }, fixedClock());
  if (user === null) throw new Error(`${email} exists already`);
}

export interface SignedIn {
  readonly cookie: string;
  readonly csrfToken: string;
  /** Headers for a state-changing request made in this session. */
  readonly headers: Record<string, string>;
}

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${String(response.statusCode)} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'oa_session');
  if (cookie === undefined) throw new Error('no session cookie');
  const { csrfToken } = response.json<{ csrfToken: string }>();
  const header = `oa_session=${cookie.value}`;
  return { cookie: header, csrfToken, headers: { cookie: header, 'x-csrf-token': csrfToken } };
}
