import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, which GOV.UK services must meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Best-practice rules held to as well: every piece of content inside a landmark. */
const BEST_PRACTICE_RULES = ['region'];

/** How long a page may keep loading before it counts as never ready: generous, as CI machines are shared. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Requests a page has started and not finished, so the checks run on the page as drawn from its data,
 * not on its "Loading…" state.
 */
export function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  return () => inFlight;
}

// Page-side code is passed as text: the tests are type-checked without the DOM's types.
const STILL_DRAWING = `document.querySelector('main h1') === null
  || [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent.includes('Loading'))`;

/**
 * Waits until the page has its heading, no request is in flight and nothing says "Loading…", twice in a
 * row (a page that has its data may start another request as it draws). False if that never happens.
 */
export async function waitUntilReady(page: Page, inFlight: () => number): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let settled = 0;
  while (Date.now() < deadline) {
    const drawing = await page.evaluate<boolean>(STILL_DRAWING);
    settled = !drawing && inFlight() === 0 ? settled + 1 : 0;
    if (settled === 2) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

/** Which part of a document axe checks: all of it, only its main content, or all but its main content. */
export type DocumentPart = 'whole' | 'main' | 'around-main';

const AXE_CONTEXT: Readonly<Record<DocumentPart, string>> = {
  whole: 'document',
  // An element context is not the page: rules about the whole page (a way to skip the header) are left to the rest.
  main: `{ include: [['main']] }`,
  // Still the page: its rules about the whole page run, on all but the main content.
  'around-main': `{ exclude: [['main']] }`,
};

/**
 * The axe rules broken on the page (all of WCAG 2.x A and AA and `region`, or `only` these), in `part` of
 * it (all of it unless asked), one line each: rule, help and the first few elements at fault.
 */
export async function axeViolations(page: Page, only?: readonly string[], part: DocumentPart = 'whole'): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's content security policy rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<readonly { id: string; help: string; count: number; targets: string[] }[]>(`(async () => {
    const rules = ${only === undefined ? `[...axe.getRules(${JSON.stringify(WCAG_TAGS)}).map((rule) => rule.ruleId), ...${JSON.stringify(BEST_PRACTICE_RULES)}]` : JSON.stringify(only)};
    const result = await axe.run(${AXE_CONTEXT[part]}, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, count: v.nodes.length, targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
  })()`);
  return violations.map((v) => `axe ${v.id} (${v.help}) on ${String(v.count)} element(s): ${v.targets.join(' | ')}`);
}

/** Whether the page scrolls sideways: the document wider than the viewport it is drawn in. */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  const overflow = await page.evaluate<{ scrollWidth: number; clientWidth: number; widest: string } | null>(`(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // The element sticking out furthest names the culprit in the failure message.
    let widest = { right: 0, name: '' };
    for (const el of document.querySelectorAll('body *')) {
      const right = el.getBoundingClientRect().right;
      if (right > widest.right) widest = { right, name: el.tagName.toLowerCase() + (el.id === '' ? '' : '#' + el.id) + [...el.classList].map((c) => '.' + c).join('') };
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest: widest.name };
  })()`);
  return overflow === null
    ? null
    : `scrolls sideways: document ${String(overflow.scrollWidth)} px wide in a ${String(overflow.clientWidth)} px viewport (widest: ${overflow.widest})`;
}

/**
 * The axe rules whose findings change with the width of the window (what scrolls, how large a target is
 * drawn, text size against its contrast, what the narrow layout shows and hides), as against those read
 * from the document alone, which narrowing the window does not change.
 */
export const LAYOUT_RULES = ['scrollable-region-focusable', 'target-size', 'color-contrast', 'button-name', 'link-name', 'region'] as const;
