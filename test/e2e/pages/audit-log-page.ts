import type { Locator, Page } from 'playwright-core';

export interface AuditRow {
  when: string;
  who: string;
  action: string;
  what: string;
  changes: string;
}

/** The audit log (national programme team only): a table of who changed what, newest first. */
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
    return this.page.getByRole('table', { name: /change/ });
  }

  /** Every row's cells as text, in the order shown. */
  async rows(): Promise<AuditRow[]> {
    const rows = this.table().locator('tbody tr');
    const count = await rows.count();
    const result: AuditRow[] = [];
    for (let i = 0; i < count; i += 1) {
      const [when = '', who = '', action = '', what = '', changes = ''] = await rows.nth(i).locator('td').allInnerTexts();
      result.push({ when, who, action, what, changes });
    }
    return result;
  }

  downloadCsvLink(): Locator {
    return this.page.getByRole('link', { name: /Download CSV/ });
  }
}
