import type { Locator, Page } from 'playwright-core';

/** /schools/:urn: the summary list, the tables of figures and the sources. */
export class SchoolPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  summaryValue(key: string): Locator {
    return this.page
      .locator('.govuk-summary-list__row', { has: this.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^${key}$`) }) })
      .locator('.govuk-summary-list__value');
  }

  /** A table by its caption: "Pupils", "Key stage 4 results", "Destinations after key stage 4". */
  table(caption: string): Locator {
    return this.page.getByRole('table', { name: caption, exact: true });
  }

  /** The cells of one row of a table, found by the text heading the row and, if given, a second label cell. */
  async rowCells(caption: string, rowHeader: string, label?: string): Promise<string[]> {
    const rows = this.table(caption).locator('tbody tr', { has: this.page.locator('th', { hasText: rowHeader }) });
    const row = label === undefined ? rows.first() : rows.filter({ has: this.page.locator('td', { hasText: new RegExp(`^${label}$`) }) }).first();
    return row.locator('td').allInnerTexts();
  }

  async openSources(): Promise<Locator> {
    await this.page.getByText('Sources', { exact: true }).click();
    return this.page.locator('.govuk-details__text');
  }
}

/** The school's Research School engagement, shown to those who may see it. */
export function engagementLevel(page: Page): Locator {
  return page.locator('#engagement-level');
}
