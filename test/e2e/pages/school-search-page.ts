import type { Locator, Page } from 'playwright-core';

/** /schools: the search form, the results table with its count, pagination and CSV link. */
export class SchoolSearchPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/schools${query}`);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  nameField(): Locator {
    return this.page.getByLabel('School name');
  }

  async search(criteria: { name?: string; postcode?: string; phase?: string; opportunityArea?: string }): Promise<void> {
    if (criteria.name !== undefined) await this.nameField().fill(criteria.name);
    if (criteria.postcode !== undefined) await this.page.getByLabel('Postcode').fill(criteria.postcode);
    if (criteria.phase !== undefined) await this.page.getByLabel('Phase', { exact: true }).selectOption({ label: criteria.phase });
    if (criteria.opportunityArea !== undefined) await this.page.getByLabel('Opportunity Area').selectOption({ label: criteria.opportunityArea });
    await this.page.getByRole('button', { name: 'Search' }).click();
  }

  /** The results table, named by its caption: "532 schools". */
  results(): Locator {
    return this.page.getByRole('table', { name: /^[\d,]+ schools?$/ });
  }

  async resultCount(): Promise<number> {
    const caption = await this.results().locator('caption').innerText();
    return Number(caption.replace(/[^\d]/g, ''));
  }

  schoolNames(): Promise<string[]> {
    return this.results().locator('tbody tr > th a').allInnerTexts();
  }

  pagination(): Locator {
    return this.page.getByRole('navigation', { name: 'Pagination' });
  }

  placeFilter(): Locator {
    return this.page.locator('.govuk-inset-text', { hasText: 'Showing schools in' });
  }

  downloadCsvLink(): Locator {
    return this.page.getByRole('link', { name: /Download CSV/ });
  }

  async followSchool(name: string): Promise<void> {
    await this.results().getByRole('link', { name, exact: true }).click();
  }
}
