import { api, rememberCsrfToken, reply } from './http.ts';
import type { Session } from './types.ts';

/** Who is signed in. Also keeps the session's CSRF token for later state-changing requests. */
export async function getSession(signal: AbortSignal): Promise<Session> {
  const session = await reply(api.GET('/api/session', { signal }));
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** Signs in, setting the HTTP-only session cookie; throws ApiError 401 for a wrong email or password. */
export async function signIn(email: string, password: string): Promise<Session> {
  const session = await reply(api.POST('/api/session', { body: { email, password } }));
  rememberCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  try {
    await reply(api.DELETE('/api/session'));
  } finally {
    // Whatever the reply, this page must not keep using the old token.
    rememberCsrfToken(null);
  }
}
