import { getJson, rememberCsrfToken, sendJson } from './http.ts';
import type { Session } from './types.ts';

/** Who is signed in. Also keeps the session's CSRF token for later state-changing requests. */
export async function getSession(signal: AbortSignal): Promise<Session> {
  const session = (await getJson('/api/session', signal)) as Session;
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** Signs in, setting the HTTP-only session cookie; throws ApiError 401 for a wrong email or password. */
export async function signIn(email: string, password: string): Promise<Session> {
  const session = (await sendJson('POST', '/api/session', { email, password })) as Session;
  rememberCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  try {
    await sendJson('DELETE', '/api/session');
  } finally {
    // Whatever the reply, this page must not keep using the old token.
    rememberCsrfToken(null);
  }
}
