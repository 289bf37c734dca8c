import type { Locator, Page } from 'playwright-core';
import { fillDate } from './date-input.ts';

/** An area's delivery plan page, and the form for adding a measure's actual. */
export class DeliveryPlanPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, areaId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/areas/${areaId}/plan`);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A measure's row in the plan, by its code. */
  measureRow(code: string): Locator {
    return this.page.locator(`tr[data-measure="${code}"]`);
  }

  status(code: string): Locator {
    return this.measureRow(code).locator('.govuk-tag');
  }

  latest(code: string): Locator {
    return this.measureRow(code).locator('td[data-field="latest"]');
  }

  addActualLinks(): Locator {
    return this.page.getByRole('link', { name: /^Add an actual/ });
  }

  addActualLink(measureName: string): Locator {
    return this.page.getByRole('link', { name: `Add an actual for ${measureName}` });
  }

  async fillActual(actual: { period: string; value: string; source: string; recordedOn: string }): Promise<void> {
    await this.page.getByLabel('Period').fill(actual.period);
    await this.page.getByLabel('Figure').fill(actual.value);
    await this.page.getByLabel('Source').fill(actual.source);
    await fillDate(this.page, 'Date recorded', actual.recordedOn);
  }

  async saveActual(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save actual' }).click();
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }

  pdfLink(): Locator {
    return this.page.getByRole('link', { name: 'Download the board report (PDF)' });
  }
}
