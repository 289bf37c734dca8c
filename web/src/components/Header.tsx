import { useSession } from '../session/session-context.ts';
import { AccountNavigation } from './AccountNavigation.tsx';

/**
 * The generic header (govuk-frontend 6) rather than the GOV.UK header: this service is not on gov.uk,
 * so it shows its own name and no crown. Service navigation shows the admin pages only to roles that
 * can use them, and who is signed in at its end.
 */
export function Header({ pathname }: { pathname: string }) {
  const { can } = useSession();
  const onAreas = pathname === '/' || pathname.startsWith('/areas/');
  const onSchools = isAt(pathname, '/schools') || pathname.startsWith('/schools/');
  const onResearchSchools = isAt(pathname, '/hubs') || pathname.startsWith('/hubs/') || isAt(pathname, '/intermediaries') || pathname.startsWith('/intermediaries/');
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href="/" className="govuk-generic-header__homepage-link">
              Opportunity Areas
            </a>
          </div>
        </div>
      </div>
      <div className="govuk-service-navigation">
        <div className="govuk-width-container govuk-service-navigation__inlining-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                <NavigationItem href="/" text="Areas" current={onAreas} />
                <NavigationItem href="/schools" text="Schools" current={onSchools} />
                <NavigationItem href="/map" text="Map" current={isAt(pathname, '/map')} />
                <NavigationItem href="/index" text="Index" current={isAt(pathname, '/index')} />
                <NavigationItem href="/hubs" text="Research Schools" current={onResearchSchools} />
                <NavigationItem href="/toolkit" text="Toolkit" current={isAt(pathname, '/toolkit')} />
                <NavigationItem href="/funding" text="Funding" current={isAt(pathname, '/funding')} />
                {can('audit:read') && <NavigationItem href="/audit" text="Audit log" current={isAt(pathname, '/audit')} />}
                {can('users:manage') && <NavigationItem href="/users" text="Users" current={isAt(pathname, '/users')} />}
              </ul>
            </nav>
          </div>
          <AccountNavigation pathname={pathname} />
        </div>
      </div>
    </header>
  );
}

function isAt(pathname: string, path: string): boolean {
  return pathname === path || pathname === `${path}/`;
}

function NavigationItem({ href, text, current }: { href: string; text: string; current: boolean }) {
  return (
    <li className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}>
      <a className="govuk-service-navigation__link" href={href} aria-current={current ? 'page' : undefined}>
        {/* Strong keeps the current item visible to users who override colours. */}
        {current ? <strong className="govuk-service-navigation__active-fallback">{text}</strong> : text}
      </a>
    </li>
  );
}
