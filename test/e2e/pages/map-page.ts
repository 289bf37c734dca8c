import type { Locator, Page } from 'playwright-core';

const DISTRICT_PATHS = 'svg.oa-map .oa-map__district > path';

/** One district as the map's table shows it: name, value as displayed, class ("2: 12.3 to 18.9" or "No data"). */
export interface MapTableRow {
  readonly name: string;
  readonly value: string;
  /** Why a figure built from schools is not given ("1 school, 100% of pupils: not enough …"), or "". */
  readonly whyNoValue: string;
  readonly mapClass: string;
  readonly opportunityArea: string;
}

/** The national map: its controls, the SVG, the key, and the table alternative. */
export class MapPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/map`);
    await this.mapImage().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The SVG, found as assistive technology finds it: one image named by its title. */
  mapImage(): Locator {
    return this.page.getByRole('img', { name: /^Map of / });
  }

  /** The map with its key beside it, for a screenshot. */
  mapAndKey(): Locator {
    return this.page.locator('.govuk-grid-row', { has: this.mapImage() });
  }

  /** Each district's shape: the path inside its group. */
  districtPaths(): Locator {
    return this.page.locator(DISTRICT_PATHS);
  }

  /** The tooltips of the districts, "Blackpool: 42.7" or "Isles of Scilly: no data". */
  districtTitles(): Promise<string[]> {
    return this.page.locator('svg.oa-map .oa-map__district > title').allTextContents();
  }

  /** The fill of every district path, in document order. */
  districtFills(): Promise<string[]> {
    // A string expression runs in the page, where the DOM types of the Node test code do not apply.
    return this.page.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(DISTRICT_PATHS)})].map((path) => path.getAttribute('fill') ?? '')`);
  }

  /** The dark lines drawn round Opportunity Area districts. */
  opportunityAreaOutlines(): Locator {
    return this.page.locator('svg.oa-map .oa-map__oa-line');
  }

  /** The key's entries, one per class, as text: "12.3 to 18.9 (65 districts)". */
  legendClasses(): Promise<string[]> {
    return this.page.locator('.oa-map-legend__item:not([data-class="none"]):not([data-class="opportunity-area"])').allInnerTexts();
  }

  legendEntry(name: 'No data' | 'Opportunity Area'): Locator {
    return this.page.locator('.oa-map-legend__item', { hasText: name });
  }

  async chooseClassification(name: 'Quantiles' | 'Equal intervals' | 'Natural breaks'): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
  }

  table(): Locator {
    return this.page.locator('#map-table');
  }

  /** Every row of the table, read in one go (a district at a time would be hundreds of round trips). */
  async tableRows(): Promise<MapTableRow[]> {
    const body = this.table().locator('tbody');
    const [names, values, classes, areas] = await Promise.all([
      body.locator('tr > th').allInnerTexts(),
      body.locator('tr > td:nth-child(2)').allInnerTexts(),
      body.locator('tr > td:nth-child(3)').allInnerTexts(),
      body.locator('tr > td:nth-child(4)').allInnerTexts(),
    ]);
    return names.map((name, i) => {
      // The value cell is the figure, then on a line of its own why there is none, when it is known.
      const [value = '', ...why] = (values[i] ?? '').trim().split('\n');
      return { name: name.trim(), value: value.trim(), whyNoValue: why.join(' ').trim(), mapClass: classes[i]?.trim() ?? '', opportunityArea: areas[i]?.trim() ?? '' };
    });
  }

  downloadCsvLink(): Locator {
    return this.page.getByRole('link', { name: /Download CSV/ });
  }
}
