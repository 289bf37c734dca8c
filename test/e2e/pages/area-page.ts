import type { Locator, Page } from 'playwright-core';

/** One Opportunity Area's page: its summary list and its funding table. */
export class AreaPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The value beside a key in the summary list, e.g. "Research School". */
  summaryValue(key: string): Locator {
    return this.page.locator('.govuk-summary-list__row', { has: this.page.locator('.govuk-summary-list__key', { hasText: key }) }).locator('.govuk-summary-list__value');
  }

  /** The area's open schools, linking to their list, and how many of its authorities' schools have no district. */
  schools(): Locator {
    return this.page.locator('#area-schools');
  }

  fundingTable(): Locator {
    return this.page.getByRole('table', { name: /Funding/ });
  }
}
