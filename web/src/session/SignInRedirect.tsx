import { useEffect, useState } from 'react';
import { Loading } from '../components/Loading.tsx';
import { currentPathAndQuery, navigate } from '../router/navigation.ts';
import { signInPath } from '../router/sign-in-path.ts';
import { useSession } from './session-context.ts';

/**
 * Sends the user to the sign-in page, to come back here afterwards. Replaces this page in the history,
 * so Back from the sign-in page does not bounce straight back to it.
 */
export function SignInRedirect() {
  const { user, refresh } = useSession();
  // Read while rendering, before the redirect changes the address (effects may run twice in development).
  const [here] = useState(currentPathAndQuery);
  useEffect(() => {
    // The server said "sign in" though this page thought someone was: their session has ended.
    if (user !== null) void refresh();
    navigate(signInPath(here), { replace: true });
  }, [user, refresh, here]);
  return <Loading />;
}
