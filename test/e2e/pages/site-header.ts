import type { Locator, Page } from 'playwright-core';

/** The header on every page: service navigation, and who is signed in with a "Sign out" button. */
export class SiteHeader {
  constructor(private readonly page: Page) {}

  /** The account part of the navigation: "<email> <role>" and "Sign out", or "Sign in". */
  account(): Locator {
    return this.page.getByRole('navigation', { name: 'Account' });
  }

  signOutButton(): Locator {
    return this.account().getByRole('button', { name: 'Sign out' });
  }

  signInLink(): Locator {
    return this.account().getByRole('link', { name: 'Sign in' });
  }

  /** The service navigation's links, in order: "Areas", "Funding", then admin pages for those allowed. */
  menuLinks(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts();
  }
}
