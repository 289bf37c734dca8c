import type { Locator, Page } from 'playwright-core';

/** /index: every district ranked by the cold-spot index. */
export class IndexPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/index${query}`);
    await this.page.locator('#index-table, .govuk-warning-text').first().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  table(): Locator {
    return this.page.locator('#index-table');
  }

  rows(): Locator {
    return this.table().locator('tbody > tr');
  }

  /** The districts the table shows as cold spots, by name. */
  coldSpotNames(): Promise<string[]> {
    return this.rows().filter({ has: this.page.locator('.govuk-tag', { hasText: 'Cold spot' }) }).locator('th').allInnerTexts();
  }

  async show(option: 'All districts' | 'Cold spots only' | 'Hot spots only'): Promise<void> {
    await this.page.getByLabel('Show').selectOption({ label: option });
    await this.page.getByRole('button', { name: 'Apply' }).click();
  }

  districtLink(name: string): Locator {
    return this.table().getByRole('link', { name, exact: true });
  }

  downloadCsvLink(): Locator {
    return this.page.getByRole('link', { name: /Download CSV/ });
  }

  /** The sentence of the district page's "In the cold-spot index" section. */
  placeIndexSummary(): Locator {
    return this.page.locator('#place-index-summary');
  }
}
