import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';
import { getSession, signIn as postSession, signOut as deleteSession } from '../api/session-client.ts';
import type { Session, SignedInUser } from '../api/types.ts';
import { decideAccess } from './access-decision.ts';
import type { Permission } from '../../../src/domain/access/permissions.ts';
import { SessionContext, type SessionValue } from './session-context.ts';

const SIGNED_OUT: Session = { user: null, csrfToken: null };

/** Loads who is signed in when the app starts and keeps it current as they sign in and out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  // Kept apart from the session: it describes the service, so signing in or out does not change it.
  const [oidcLoginUrl, setOidcLoginUrl] = useState<string | null>(null);
  // Only the newest load may set the session: a slow reply must not undo a sign-in or sign-out.
  const pending = useRef<AbortController | null>(null);

  const load = useCallback(async (): Promise<void> => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    try {
      const loaded = await getSession(controller.signal);
      if (!controller.signal.aborted) {
        setSession(loaded);
        setOidcLoginUrl(loaded.oidcLoginUrl ?? null);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(error);
      setSession(SIGNED_OUT);
    }
  }, []);

  useEffect(() => {
    void load();
    return () => pending.current?.abort();
  }, [load]);

  const signIn = useCallback(async (email: string, password: string): Promise<SignedInUser> => {
    pending.current?.abort();
    const signedIn = await postSession(email, password);
    if (signedIn.user === null) throw new Error('POST /api/session succeeded without a user');
    setSession(signedIn);
    return signedIn.user;
  }, []);

  const signOut = useCallback(async (): Promise<void> => {
    pending.current?.abort();
    try {
      await deleteSession();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'csrf_token_invalid') {
        // Signed in again in another tab, which gave the session a new token: fetch it and try once more.
        await load();
        await deleteSession();
      } else if (!error.isSignInRequired) {
        throw error;
      }
    }
    setSession(SIGNED_OUT);
  }, [load]);

  const value = useMemo<SessionValue>(() => {
    const user = session?.user ?? null;
    return {
      status: session === null ? 'loading' : 'ready',
      user,
      csrfToken: session?.csrfToken ?? null,
      oidcLoginUrl,
      signIn,
      signOut,
      refresh: load,
      can: (permission: Permission, scopeRef?: string) => decideAccess(user, permission, scopeRef).allowed,
    };
  }, [session, oidcLoginUrl, signIn, signOut, load]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
