import { api, reply, type RequestBody, type Reply } from './http.ts';
import type { UserView } from './types.ts';

/** What the add-a-user form sends (POST /api/users). */
export type NewUser = RequestBody<'/api/users', 'post'>;

/** What the change form sends (PATCH /api/users/:id): any of these. */
export type UserChange = RequestBody<'/api/users/{id}', 'patch'>;

/** The user added, and the one-time password shown once to the admin who added them (the service keeps only its hash). */
export type AddedUser = Reply<'/api/users', 'post'>;

export async function getUser(id: number, signal: AbortSignal): Promise<UserView> {
  return reply(api.GET('/api/users/{id}', { params: { path: { id } }, signal }));
}

export async function addUser(user: NewUser): Promise<AddedUser> {
  return reply(api.POST('/api/users', { body: user }));
}

export async function changeUser(id: number, change: UserChange): Promise<UserView> {
  return reply(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: change }));
}
