import { createContext, useContext } from 'react';
import type { SignedInUser } from '../api/types.ts';
import type { Permission } from '../../../src/domain/access/permissions.ts';

export interface SessionValue {
  /** 'loading' until the first GET /api/session has answered (or failed, which counts as signed out). */
  readonly status: 'loading' | 'ready';
  readonly user: SignedInUser | null;
  readonly csrfToken: string | null;
  /** Where single sign-on with the organisation's account starts, when the service has it set up. */
  readonly oidcLoginUrl: string | null;
  /** Signs in; rejects with an ApiError (401 wrong email or password, 429 too many attempts, 400). */
  readonly signIn: (email: string, password: string) => Promise<SignedInUser>;
  /** Signs out; afterwards the user is null even if the server could not be told. */
  readonly signOut: () => Promise<void>;
  /** Asks the server again who is signed in, after it has said a session ended or a token is stale. */
  readonly refresh: () => Promise<void>;
  /**
   * Whether the signed-in user's role allows `permission` on something within `scopeRef`
   * (`can('area:write', 'area:blackpool')`). For showing links and pages only: the server decides.
   */
  readonly can: (permission: Permission, scopeRef?: string) => boolean;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
