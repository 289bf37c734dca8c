import { useEffect, useState } from 'react';
import { currentItem, menuFor, type MenuItem } from '../session/menu.ts';
import { useSession } from '../session/session-context.ts';
import { AccountNavigation } from './AccountNavigation.tsx';
import { useWideScreen } from './use-wide-screen.ts';

/**
 * The generic header (govuk-frontend 6) rather than the GOV.UK header: this service is not on gov.uk,
 * so it shows its own name and no crown. Service navigation lists every capability the user's role has
 * (session/menu.ts), and who is signed in at its end. On a narrow screen it collapses behind a "Menu"
 * button, as GOV.UK's service navigation does (its markup and classes; the toggle is React's, so the list
 * React draws is never changed behind its back).
 */
export function Header({ pathname }: { pathname: string }) {
  const { user } = useSession();
  const items = menuFor(user);
  const current = currentItem(items, pathname);
  const wide = useWideScreen();
  const [open, setOpen] = useState(false);
  // Going to another page closes the menu, as a full page load would.
  useEffect(() => {
    setOpen(false);
  }, [pathname]);
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
              <button
                type="button"
                className="govuk-service-navigation__toggle"
                aria-controls="navigation"
                aria-expanded={open}
                hidden={wide}
                onClick={() => {
                  setOpen((isOpen) => !isOpen);
                }}
              >
                Menu
              </button>
              <ul className="govuk-service-navigation__list" id="navigation" hidden={!wide && !open}>
                {items.map((item) => (
                  <NavigationItem key={item.href} item={item} current={item === current} />
                ))}
              </ul>
            </nav>
          </div>
          <AccountNavigation pathname={pathname} />
        </div>
      </div>
    </header>
  );
}

function NavigationItem({ item, current }: { item: MenuItem; current: boolean }) {
  return (
    <li className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}>
      <a className="govuk-service-navigation__link" href={item.href} aria-current={current ? 'page' : undefined}>
        {/* Strong keeps the current item visible to users who override colours. */}
        {current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
      </a>
    </li>
  );
}
