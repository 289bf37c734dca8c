import { ROLES, type Role, type ScopeRef } from '../../domain/access/index.ts';
import { generatePassword, hashPassword } from '../../app/access/password.ts';
import type { Services } from '../../storage/services/create-services.ts';

/** Each demo user's scope: Blackpool throughout, so a demo shows one area end to end. */
const DEMO_SCOPES: Readonly<Record<Role, readonly ScopeRef[]>> = {
  admin: [],
  analyst: [],
  area_lead: ['area:blackpool'],
  hub_lead: ['hub:blackpool-research-school'],
  school: ['school:141257'],
  board_viewer: ['area:blackpool'],
};

export interface DemoUser {
  readonly role: Role;
  readonly email: string;
  readonly password: string;
}

/**
 * Demo mode only: on a database with no users, creates one user per role with a random password and
 * returns the passwords so they can be shown once. Returns [] when any user exists.
 */
export async function createDemoUsers(services: Pick<Services, 'users'>, now: () => Date): Promise<DemoUser[]> {
  if ((await services.users.countUsers()) > 0) return [];
  const created: DemoUser[] = [];
  for (const role of ROLES) {
    const email = `${role.replace('_', '-')}@demo.invalid`;
    const password = generatePassword();
    await services.users.createUser({ email, role, scope: DEMO_SCOPES[role], passwordHash: await hashPassword(password), isDemo: true }, { userId: null, label: 'demo-mode' }, now);
    created.push({ role, email, password });
  }
  return created;
}

/** The block `oa start` prints once; tests parse it, so keep the layout. */
export function formatDemoUsers(users: readonly DemoUser[]): string {
  const lines = users.map((u) => `  ${u.role.padEnd(14)} ${u.email.padEnd(27)} ${u.password}`);
  return ['Demo users (passwords are shown only now):', ...lines, ''].join('\n');
}
