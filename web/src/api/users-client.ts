import { getJson, sendJson } from './http.ts';
import type { Role, UserView } from './types.ts';

/** What the add-a-user form sends (POST /api/users). */
export interface NewUser {
  readonly email: string;
  readonly name: string | null;
  readonly role: Role;
  readonly scope: readonly string[];
}

/** What the change form sends (PATCH /api/users/:id): any of these. */
export interface UserChange {
  readonly name?: string | null;
  readonly role?: Role;
  readonly scope?: readonly string[];
  readonly disabled?: boolean;
}

export interface AddedUser {
  readonly user: UserView;
  /** Shown once to the admin who added them; the service keeps only its hash. */
  readonly oneTimePassword: string;
}

const userPath = (id: number) => `/api/users/${String(id)}`;

export async function getUser(id: number, signal: AbortSignal): Promise<UserView> {
  return (await getJson(userPath(id), signal)) as UserView;
}

export async function addUser(user: NewUser): Promise<AddedUser> {
  return (await sendJson('POST', '/api/users', user)) as AddedUser;
}

export async function changeUser(id: number, change: UserChange): Promise<UserView> {
  return (await sendJson('PATCH', userPath(id), change)) as UserView;
}
