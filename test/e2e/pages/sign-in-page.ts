import type { Locator, Page } from 'playwright-core';

/** The sign-in page: email and password, with the GOV.UK error summary above the form after a failure. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  /** Opens /sign-in, optionally with the page to come back to afterwards. */
  async open(baseUrl: string, next?: string): Promise<void> {
    await this.page.goto(`${baseUrl}/sign-in${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Sign in' });
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  /** The link in the error summary with this message, which points at the field at fault. */
  errorSummaryLink(message: string): Locator {
    return this.errorSummary().getByRole('link', { name: message });
  }

  /** The inline message above a field ("email" or "password"), without its visually hidden "Error:". */
  async inlineError(field: 'email' | 'password'): Promise<string> {
    const text = await this.page.locator(`#${field}-error`).innerText();
    return text.replace(/^Error:\s*/, '');
  }

  passwordValue(): Promise<string> {
    return this.page.getByLabel('Password').inputValue();
  }
}
