import type { Locator, Page } from 'playwright-core';

/** /hubs/:id/events/:eventId: who came, and the form to record attendance with its error summary. */
export class HubEventPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, hubId: string, eventId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/hubs/${hubId}/events/${eventId}`);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async record(entry: { urn: string; role?: 'Leader' | 'Teacher' | 'Teaching assistant'; people?: string }): Promise<void> {
    await this.page.getByLabel('School', { exact: true }).fill(entry.urn);
    if (entry.role !== undefined) await this.page.getByLabel(entry.role, { exact: true }).check();
    if (entry.people !== undefined) await this.page.getByLabel('Number of people').fill(entry.people);
    await this.page.getByRole('button', { name: 'Record attendance' }).click();
  }

  errorSummaryLinks(): Promise<string[]> {
    return this.page.locator('.govuk-error-summary__list a').allInnerTexts();
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }

  attendanceRows(): Promise<string[]> {
    return this.page.getByRole('table', { name: 'Who came' }).locator('tbody tr').allInnerTexts();
  }
}
