import type { Locator, Page } from 'playwright-core';

/** "You do not have access to this page", saying what access is needed and who is signed in. */
export class AccessDeniedPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  content(): Promise<string> {
    return this.page.locator('main').innerText();
  }
}
