import type { Locator, Page } from 'playwright-core';

/** The national team's user pages: the list, adding someone, and changing or disabling them. */
export class UsersAdminPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/users`);
    await this.page.getByRole('table').waitFor();
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  /** The status cell of a user's row: "Active", or "Disabled" and when. */
  status(email: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(email) }) }).locator('td').last();
  }

  /** Adds a user from the list's "Add a user" button; a school is chosen from the autocomplete's suggestions. Gives the one-time password. */
  async add(user: { email: string; name: string; role: string; schoolSearch?: string; schoolOption?: RegExp }): Promise<string> {
    await this.page.getByRole('button', { name: 'Add a user' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Add a user' }).waitFor();
    await this.page.getByLabel('Email address').fill(user.email);
    await this.page.getByLabel('Full name').fill(user.name);
    await this.page.getByLabel(user.role).check();
    if (user.schoolSearch !== undefined && user.schoolOption !== undefined) {
      await this.page.getByRole('combobox', { name: 'Their school' }).fill(user.schoolSearch);
      await this.page.getByRole('option', { name: user.schoolOption }).click();
    }
    await this.page.getByRole('button', { name: 'Add user' }).click();
    return this.page.getByTestId('one-time-password').innerText();
  }

  /** Opens a user's page from the list. */
  async openUser(email: string): Promise<void> {
    await this.page.getByRole('link', { name: email }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Change / }).waitFor();
  }

  async chooseRole(role: string): Promise<void> {
    await this.page.getByLabel(role).check();
  }

  async checkArea(name: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Opportunity Areas they cover' }).getByLabel(name).check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }

  async disable(): Promise<void> {
    await this.page.getByRole('button', { name: 'Disable user' }).click();
  }
}
