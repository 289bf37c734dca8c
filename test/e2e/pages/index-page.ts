import type { Locator, Page } from 'playwright-core';

/** /index: every district ranked by the cold-spot index. */
export class IndexPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/index${query}`);
    await this.page.locator('#index-table, #index-missing-data').first().waitFor();
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

  /** The map of bands: each district path carries its band as data-class. */
  bandMapDistricts(band: number): Locator {
    return this.page.locator(`#index-band-map .oa-map__districts path[data-class="${String(band)}"]`);
  }

  /** The count the key gives for a band, e.g. 64 from "Band 5 (worst) (64 districts)". */
  async bandKeyCount(band: number): Promise<number> {
    const text = await this.page.locator(`#index-band-map .oa-map-legend__item[data-class="${String(band)}"]`).innerText();
    return Number(/\(([\d,]+) districts?\)/.exec(text)?.[1]?.replaceAll(',', '') ?? NaN);
  }

  editRecipeLink(): Locator {
    return this.page.getByRole('link', { name: 'Change the weights of this index and see the effect' });
  }
}

/** /index/recipes/edit: the recipe editor with its live preview. */
export class RecipeEditorPage {
  constructor(private readonly page: Page) {}

  weight(indicatorName: string): Locator {
    return this.page.getByLabel(`Weight of ${indicatorName}`, { exact: true });
  }

  previewSummary(): Locator {
    return this.page.locator('#recipe-preview-summary');
  }

  previewChanges(): Locator {
    return this.page.locator('#recipe-preview-changes');
  }

  async save(note: string): Promise<void> {
    await this.page.getByLabel('What changed and why').fill(note);
    await this.page.getByRole('button', { name: 'Save as a new version' }).click();
  }

  savedBanner(): Locator {
    return this.page.locator('#recipe-saved');
  }

  errorSummary(): Locator {
    return this.page.locator('#recipe-preview .govuk-error-summary');
  }
}
