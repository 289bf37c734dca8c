import type { Locator, Page } from 'playwright-core';

/** /areas/:code for a district, education authority or region. */
export class PlacePage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  breadcrumbs(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').allInnerTexts();
  }

  summaryValue(key: string): Locator {
    return this.page
      .locator('.govuk-summary-list__row', { has: this.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^${key}$`) }) })
      .locator('.govuk-summary-list__value');
  }

  /** The small map of the area's boundary, as assistive technology finds it. */
  boundary(): Locator {
    return this.page.getByRole('img', { name: /^Boundary of / });
  }

  indicatorsTable(): Locator {
    return this.page.getByRole('table', { name: /^Indicators for / });
  }
}
