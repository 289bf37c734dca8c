import type { Locator, Page } from 'playwright-core';

/** The "Statistical neighbours" section of an area page (/areas/:code). */
export class PlaceTwinsSection {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { name: 'Statistical neighbours', level: 2 });
  }

  /** The neighbours table's body rows, nearest first. */
  rows(): Locator {
    return this.page.locator('#place-twins-table tbody tr');
  }

  /** The side-by-side table's "part of the distance" cells (every indicator, then the distance itself). */
  async partsAndDistance(): Promise<number[]> {
    const cells = await this.page.locator('#place-twins-side-by-side tbody tr td:last-child').allInnerTexts();
    return cells.map(Number);
  }

  /** "Find neighbours by": outcomes and deprivation, or context only. */
  recipeChoice(): Locator {
    return this.page.getByLabel('Find neighbours by');
  }

  /** The sentence above the table saying what the neighbours are alike on. */
  async description(): Promise<string> {
    return this.page.locator('#place-twins p.govuk-body').first().innerText();
  }

  downloadCsvLink(): Locator {
    return this.page.locator('#place-twins').getByRole('link', { name: /Download CSV/ });
  }
}
