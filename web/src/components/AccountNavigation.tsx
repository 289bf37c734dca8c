import { useState } from 'react';
import { navigate } from '../router/navigation.ts';
import { signInPath } from '../router/sign-in-path.ts';
import { useSession } from '../session/session-context.ts';

/**
 * The end of the service navigation: who is signed in, with their role, and a "Sign out" button; or a
 * "Sign in" link. Nothing while the session loads, so it never flashes "Sign in" at a signed-in user.
 */
export function AccountNavigation({ pathname }: { pathname: string }) {
  const session = useSession();
  const [signingOut, setSigningOut] = useState(false);
  if (session.status === 'loading') return null;
  const { user } = session;
  if (user === null) {
    // From the sign-in page itself there is nowhere to come back to.
    const href = pathname === '/sign-in' ? '/sign-in' : signInPath(pathname);
    return (
      <nav aria-label="Account" className="oa-account">
        <a className="govuk-service-navigation__link" href={href}>
          Sign in
        </a>
      </nav>
    );
  }
  const signOut = (): void => {
    if (signingOut) return;
    setSigningOut(true);
    session.signOut().then(
      () => {
        setSigningOut(false);
        navigate('/');
      },
      (error: unknown) => {
        setSigningOut(false);
        console.error(error);
      },
    );
  };
  return (
    <nav aria-label="Account" className="oa-account">
      <p className="oa-account__user">
        <span className="govuk-visually-hidden">Signed in as </span>
        <span className="oa-account__email">{user.email}</span>{' '}
        <span className="oa-account__role">{user.roleLabel}</span>
      </p>
      <button type="button" className="govuk-service-navigation__link oa-link-button" onClick={signOut}>
        Sign out
      </button>
    </nav>
  );
}
