import type { Locator, Page } from 'playwright-core';

/**
 * Types a date into a GOV.UK date input (day, month and year in a fieldset whose legend is `legend`), as a
 * user would: `fillDate(page, 'Date', '2018-03-01')` types 1, 3 and 2018. An impossible date such as
 * 2018-02-30 is typed as it stands, for the form to refuse.
 */
export async function fillDate(scope: Page | Locator, legend: string, isoDate: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const group = scope.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year);
}
