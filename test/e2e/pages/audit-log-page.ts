import type { Locator, Page } from 'playwright-core';

export interface AuditRow {
  when: string;
  /** The entry in words, such as "… recorded the chair of Blackpool’s partnership board: Jane Smith". */
  sentence: string;
}

/** The audit log (national programme team only): filters, then a table of who changed what, newest first. */
export class AuditLogPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/audit`);
    await this.table().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /Entries/ });
  }

  /** Every row's time and sentence, in the order shown. */
  async rows(): Promise<AuditRow[]> {
    const rows = this.table().locator('tbody tr');
    const count = await rows.count();
    const result: AuditRow[] = [];
    for (let i = 0; i < count; i += 1) {
      const row = rows.nth(i);
      result.push({ when: await row.locator('td').first().innerText(), sentence: await row.locator('td p').first().innerText() });
    }
    return result;
  }

  /** Opens the details of the row at `index` and gives their text. */
  async details(index: number): Promise<string> {
    const details = this.table().locator('tbody tr').nth(index).locator('details');
    await details.locator('summary').click();
    return details.innerText();
  }

  /** Sets the filters given (the others as they are) and applies them. */
  async filter(filters: { who?: string; action?: string; from?: readonly [string, string, string] }): Promise<void> {
    if (filters.who !== undefined) await this.page.getByLabel('Who').fill(filters.who);
    if (filters.action !== undefined) await this.page.getByLabel('Action').selectOption({ label: filters.action });
    if (filters.from !== undefined) {
      const group = this.page.getByRole('group', { name: 'From' });
      await group.getByLabel('Day').fill(filters.from[0]);
      await group.getByLabel('Month').fill(filters.from[1]);
      await group.getByLabel('Year').fill(filters.from[2]);
    }
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
  }

  downloadCsvLink(): Locator {
    return this.page.getByRole('link', { name: /Download CSV/ });
  }
}
