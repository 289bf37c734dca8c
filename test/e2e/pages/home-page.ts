import type { Locator, Page } from 'playwright-core';

/** The register's home page: what the programme is and the table of the twelve areas. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.areasTable().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  areasTable(): Locator {
    return this.page.getByRole('table', { name: /Opportunity Areas/ });
  }

  /** The link text in the first cell of each row: one name per area. */
  areaNames(): Promise<string[]> {
    return this.areasTable().locator('tbody tr > :first-child a').allInnerTexts();
  }

  downloadCsvLink(): Locator {
    return this.page.getByRole('link', { name: /Download CSV/ }).first();
  }

  async followArea(name: string): Promise<void> {
    await this.areasTable().getByRole('link', { name, exact: true }).click();
  }
}
