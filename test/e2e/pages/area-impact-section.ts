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

  donors(): Locator {
    return this.page.locator('#impact-donors li');
  }
}
