import type { Locator, Page } from 'playwright-core';
import { fillDate } from './date-input.ts';

/** /funding/:id: a fund's allocation, formula preview and confirm, spend entry, variance and spend lines. */
export class FundPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, fundId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/funding/${fundId}`);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  allocationRows(): Locator {
    return this.page.locator('table', { has: this.page.locator('caption', { hasText: 'Allocation by recipient' }) }).locator('tbody > tr');
  }

  async previewEqualShares(): Promise<void> {
    await this.page.getByLabel('Formula').selectOption({ label: 'Equal shares' });
    await this.page.getByRole('button', { name: 'Preview allocation' }).click();
  }

  previewTable(): Locator {
    return this.page.locator('table', { has: this.page.locator('caption', { hasText: /^Preview:/ }) });
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm this allocation' }).click();
  }

  async recordSpend(spend: { recipient: string; kind: string; date: string; amount: string; purpose: string }): Promise<void> {
    await this.page.getByLabel('Recipient', { exact: true }).selectOption({ label: spend.recipient });
    await this.page.getByLabel('Commitment or payment').selectOption({ label: spend.kind });
    await fillDate(this.page, 'Date', spend.date);
    await this.page.getByLabel('Amount', { exact: true }).fill(spend.amount);
    await this.page.getByLabel('What it was for').fill(spend.purpose);
    await this.page.getByRole('button', { name: 'Record spend' }).click();
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  spendLines(): Locator {
    return this.page.locator('table', { has: this.page.locator('caption', { hasText: 'Spend lines' }) }).locator('tbody > tr');
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}
