import type { Locator, Page } from 'playwright-core';
import { fillDate } from './date-input.ts';

/** What a signed-in user with edit access sees on an area page, and the form for recording its board chair. */
export class AreaBoardPage {
  constructor(private readonly page: Page) {}

  /** On the area page: shown only to those who may record the chair. */
  recordChairLink(): Locator {
    return this.page.getByRole('link', { name: 'Record the partnership board chair' });
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async fill(board: { chair: string; chairNamedOn: string; sourceNote: string }): Promise<void> {
    await this.page.getByLabel('Chair’s name').fill(board.chair);
    await fillDate(this.page, 'Date the chair was named', board.chairNamedOn);
    await this.page.getByLabel('Source').fill(board.sourceNote);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save board chair' }).click();
  }

  /** On the area page after saving: the GOV.UK success banner. */
  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}
