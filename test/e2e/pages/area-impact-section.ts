import type { Locator, Page } from 'playwright-core';

/** The Impact section of an Opportunity Area's page: the measure picker, the estimate in words, the series, donors, warnings. */
export class AreaImpactSection {
  constructor(private readonly page: Page) {}

  section(): Locator {
    return this.page.locator('#area-impact');
  }

  async pickMeasure(label: string): Promise<void> {
    await this.page.getByLabel('Measure').selectOption({ label });
  }

  inWords(): Locator {
    return this.page.locator('#impact-in-words');
  }

  pValue(): Locator {
    return this.page.locator('#impact-p-value');
  }

  warnings(): Locator {
    return this.page.locator('#impact-warnings');
  }

  /** The series table's rows as text: period, the area, the comparison, before/starts/running. */
  async trajectoryRows(): Promise<string[][]> {
    const table = this.page.getByRole('table', { name: /the area against its comparison/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i += 1) out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim()));
    return out;
  }

  /** The trend table's rows as text: period, the area, neighbours' average, region, England, programme. */
  async trendRows(): Promise<string[][]> {
    const table = this.page.locator('#impact-trend-table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i += 1) out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim()));
    return out;
  }

  /** The trend chart, found as assistive technology finds it: an image named by its title. */
  trendChart(): Locator {
    return this.page.getByRole('img', { name: /against its comparators/ });
  }

  trendDownload(): Locator {
    return this.page.locator('#impact-trend').getByRole('link', { name: /Download CSV/ });
  }

  donors(): Locator {
    return this.page.locator('#impact-donors li');
  }
}
