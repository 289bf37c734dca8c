/**
 * Page-ready benchmark (issue 21, item 7): how long the main pages take to be ready in headless Chromium on
 * localhost with the shared data loaded, beside a reference served by the same server in the same run, and
 * how much the first page downloads.
 *
 * Ready means the page's main heading and its data are in the document (the hub page signed in as its hub
 * lead, the others as a visitor):
 *   home    /                                   the heading and the twelve Opportunity Areas' rows
 *   map     /map                                the heading and every district drawn on the map
 *   area    /areas/E06000009 (Blackpool)        the heading, its summary, its boundary drawn and a table
 *   hub     /hubs/blackpool-research-school     the heading and the first row of the schools it serves
 *   school  /schools/141257 (St Mary's, Blackpool)  the heading, its summary and a table of figures
 * measured from the start of navigation (performance.now() in the page, checked each frame), median of RUNS
 * loads: cold (a new browser context each time, so nothing cached) and warm (the same context, after one
 * load not counted). The reference is the app's own index.html with JavaScript off: the same server sending
 * the page and its stylesheet, with nothing to run or fetch.
 * Also: the JavaScript each page fetches on a cold load (as sent, and gzipped one file at a time) and the
 * district boundaries as served: full GeoJSON (what every map fetched before) against what the maps fetch now.
 * Also, where the time goes on one cold load of each page: the document's first byte, when the last script
 * arrived, each API request (when it started, the server's time to first byte, when it ended) and what is
 * left after the last response (drawing). Server times are distorted less by a loaded machine than whole loads,
 * so each page's API requests are also timed alone from Node (brotli accepted, as a browser does): the first
 * request of each (after the breakdown's loads, so the kept views are built) and the median of 9 after it.
 * Target (the issue): each page ready within 1 s; the first page's JS at most 150 KB gzipped.
 *
 * Run: npx tsx bench/page-ready.bench.ts (needs the shared data beside the repository and Debian's Chromium;
 * loading the data takes a few minutes)
 *   PAGE_BENCH_RUNS=5        loads per page and cache state
 *   PAGE_BENCH_URL=http://…  measure a server already running with the data loaded instead of starting one
 *                           (PAGE_BENCH_EMAIL and PAGE_BENCH_PASSWORD: Blackpool's hub lead there)
 */
import { existsSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../test/e2e/support/browser.ts';
import { SignInPage } from '../test/e2e/pages/sign-in-page.ts';
import { startAppWithPublicData } from '../test/e2e/support/running-app-with-data.ts';

const SHARED = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const RUNS = Number(process.env['PAGE_BENCH_RUNS'] ?? 5);
const TIMEOUT = 120_000;

/** Each page and, as an expression run in the page, when it is ready. */
const PAGES: readonly { readonly name: string; readonly path: string; readonly ready: string; readonly signedIn?: true }[] = [
  { name: 'home', path: '/', ready: "document.querySelector('h1') !== null && document.querySelectorAll('table tbody tr').length >= 12" },
  { name: 'map', path: '/map', ready: "document.querySelector('h1') !== null && document.querySelectorAll('svg.oa-map .oa-map__districts path').length >= 300" },
  {
    name: 'area',
    path: '/areas/E06000009',
    ready: "document.querySelector('h1')?.textContent === 'Blackpool' && document.querySelector('.govuk-summary-list') !== null && document.querySelector('.oa-boundary__focus') !== null && document.querySelector('table') !== null",
  },
  // A hub's page is for people signed in: its hub lead here.
  { name: 'hub', path: '/hubs/blackpool-research-school', ready: "document.querySelector('h1') !== null && document.querySelector('#schools tbody tr') !== null", signedIn: true },
  { name: 'school', path: '/schools/141257', ready: "document.querySelector('h1') !== null && document.querySelector('.govuk-summary-list') !== null && document.querySelector('table') !== null" },
];

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

/**
 * Milliseconds from navigation start until `ready` holds, checked in the page on every frame. (Playwright's
 * waitForFunction would run the check through eval, which the app's Content Security Policy refuses; an
 * expression evaluated from outside the page is not subject to it.)
 */
async function whenReady(page: Page, ready: string): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${page.url()} was not ready within ${String(TIMEOUT / 1000)} s: ${ready}`));
    }, TIMEOUT);
  });
  try {
    return await Promise.race([
      page.evaluate<number>(`new Promise((resolve) => { const check = () => { if (${ready}) resolve(performance.now()); else requestAnimationFrame(check); }; check(); })`),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Loads `path` in `context` and returns the milliseconds from navigation start until `ready` holds. */
async function timeLoad(context: BrowserContext, baseUrl: string, path: string, ready: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit', timeout: TIMEOUT });
    return await whenReady(page, ready);
  } finally {
    await page.close();
  }
}

/** The JavaScript a cold load of `path` fetches before it is ready: as sent (brotli), and gzipped file by file. */
async function scriptBytes(browser: Browser, baseUrl: string, path: string, ready: string, session: Session): Promise<{ files: number; sent: number; gzip: number; raw: number }> {
  const context = await browser.newContext(session);
  try {
    const page = await context.newPage();
    const scripts: Promise<{ sent: number; gzip: number; raw: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(
        (async () => {
          const body = await response.body();
          const sizes = await response.request().sizes();
          return { sent: sizes.responseBodySize, gzip: gzipSync(body).length, raw: body.length };
        })(),
      );
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit', timeout: TIMEOUT });
    await whenReady(page, ready);
    const all = await Promise.all(scripts);
    return { files: all.length, sent: all.reduce((s, x) => s + x.sent, 0), gzip: all.reduce((s, x) => s + x.gzip, 0), raw: all.reduce((s, x) => s + x.raw, 0) };
  } finally {
    await context.close();
  }
}

/** One entry of the page's resource timing, as far as the breakdown needs it. */
interface Timed {
  readonly name: string;
  readonly type: string;
  readonly start: number;
  readonly firstByte: number;
  readonly end: number;
}

/**
 * Where a cold load's time goes: the document's first byte, the scripts, each API request in the order it
 * started (start, server time to first byte, end), and the time after the last response until ready.
 */
async function breakdown(browser: Browser, baseUrl: string, path: string, ready: string, session: Session): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...session });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit', timeout: TIMEOUT });
    const readyAt = await whenReady(page, ready);
    const { document, entries } = await page.evaluate<{ document: { firstByte: number; end: number }; entries: Timed[] }>(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const entries = performance.getEntriesByType('resource').map((e) => ({ name: e.name, type: e.initiatorType, start: e.startTime, firstByte: e.responseStart - e.requestStart, end: e.responseEnd }));
      return { document: { firstByte: nav.responseStart, end: nav.responseEnd }, entries };
    })()`);
    const before = entries.filter((e) => e.start < readyAt);
    const scripts = before.filter((e) => e.type === 'script' || e.name.endsWith('.js'));
    const api = before.filter((e) => new URL(e.name).pathname.startsWith('/api/')).sort((a, b) => a.start - b.start);
    const lastScript = Math.max(0, ...scripts.map((e) => e.end));
    const lastApi = Math.max(0, ...api.map((e) => e.end));
    const lines = [
      `  ${path}: ready at ${ms(readyAt)}; document first byte ${ms(document.firstByte)}; ${String(scripts.length)} scripts, the last in at ${ms(lastScript)}; ` +
        `${String(api.length)} API requests, the last in at ${ms(lastApi)}; after it ${ms(readyAt - Math.max(lastApi, lastScript))} to ready`,
    ];
    for (const e of api) {
      const url = new URL(e.name);
      lines.push(`      ${`${url.pathname}${url.search}`.slice(0, 90).padEnd(90)} start ${ms(e.start).padStart(7)}  server ${ms(e.firstByte).padStart(7)}  end ${ms(e.end).padStart(7)}`);
    }
    return lines;
  } finally {
    await context.close();
  }
}

/** The API requests each page makes as it loads (as the breakdown lists them), the hub's as its hub lead. */
const PAGE_REQUESTS: readonly { readonly page: string; readonly urls: readonly string[] }[] = [
  { page: 'every page', urls: ['/api/session'] },
  { page: 'home', urls: ['/api/opportunity-areas'] },
  { page: 'map', urls: ['/api/indicators', '/api/boundaries?kind=district&detail=england&format=topojson-projected', '/api/indicators/imd2015_mean_lsoa_score?period=2015&kind=district'] },
  {
    page: 'area',
    urls: ['/api/areas/E06000009', '/api/index/areas/E06000009?recipe=proxy-district-2019', '/api/twins/areas/E06000009?tier=district', '/api/boundaries?kind=district&detail=district&around=E06000009'],
  },
  { page: 'hub', urls: ['/api/hubs/blackpool-research-school?page=1&notReachedPage=1'] },
  { page: 'school', urls: ['/api/schools/141257'] },
];

/** Milliseconds for one GET of `url` from Node, the whole body read; the status and the bytes sent (as compressed). */
function timeRequest(baseUrl: string, url: string, cookie: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpGet(`${baseUrl}${url}`, { headers: { cookie, 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        resolve({ ms: performance.now() - started, status: response.statusCode ?? 0, bytes });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function measurePage(browser: Browser, baseUrl: string, path: string, ready: string, session: Session): Promise<{ cold: number; warm: number }> {
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...session });
    try {
      cold.push(await timeLoad(context, baseUrl, path, ready));
    } finally {
      await context.close();
    }
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...session });
  try {
    await timeLoad(context, baseUrl, path, ready);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i += 1) warm.push(await timeLoad(context, baseUrl, path, ready));
    return { cold: median(cold), warm: median(warm) };
  } finally {
    await context.close();
  }
}

/** A visitor's browser context (nothing), or one with a signed-in user's session cookie: a fresh cache either way. */
type Session = { readonly storageState?: Awaited<ReturnType<BrowserContext['storageState']>> };

/** Signs in as `user` once and keeps the session, for contexts that start signed in. */
async function signedInSession(browser: Browser, baseUrl: string, user: { readonly email: string; readonly password: string }): Promise<Session> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(baseUrl);
    await signIn.signIn(user.email, user.password);
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: TIMEOUT });
    return { storageState: await context.storageState() };
  } finally {
    await context.close();
  }
}

/** The static reference: index.html and its stylesheet, with JavaScript off, to the load event. */
async function measureReference(browser: Browser, baseUrl: string): Promise<{ cold: number; warm: number }> {
  const load = async (context: BrowserContext): Promise<number> => {
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/`, { waitUntil: 'load', timeout: TIMEOUT });
      return await page.evaluate<number>("performance.getEntriesByType('navigation')[0].loadEventEnd");
    } finally {
      await page.close();
    }
  };
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      cold.push(await load(context));
    } finally {
      await context.close();
    }
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await load(context);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i += 1) warm.push(await load(context));
    return { cold: median(cold), warm: median(warm) };
  } finally {
    await context.close();
  }
}

/** One form of the boundaries as the server sends it: its size as it is and gzipped, and how long it took. */
async function boundaryBytes(baseUrl: string, query: string): Promise<{ raw: number; gzip: number; firstMs: number; thenMs: number }> {
  const fetchOnce = async (): Promise<{ body: Buffer; ms: number }> => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/boundaries?${query}`, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`GET /api/boundaries?${query} answered ${String(response.status)}`);
    return { body, ms: performance.now() - started };
  };
  const first = await fetchOnce();
  const then = await fetchOnce();
  return { raw: first.body.length, gzip: gzipSync(first.body).length, firstMs: first.ms, thenMs: then.ms };
}

async function main(): Promise<void> {
  console.log(`Page-ready benchmark: ${String(RUNS)} loads per page, cold and warm, headless Chromium on localhost`);
  console.log(`${String(cpus().length)} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const given = process.env['PAGE_BENCH_URL'];
  const app = given === undefined ? await startAppWithPublicData({ derive: true }) : null;
  const baseUrl = given ?? app?.baseUrl ?? '';
  const hubLead = app?.demoUsers.hub_lead ?? { email: process.env['PAGE_BENCH_EMAIL'] ?? '', password: process.env['PAGE_BENCH_PASSWORD'] ?? '' };
  const browser = await launchChromium();
  try {
    const sessions = { visitor: {}, hubLead: await signedInSession(browser, baseUrl, hubLead) };
    const sessionFor = (page: (typeof PAGES)[number]): Session => (page.signedIn === true ? sessions.hubLead : sessions.visitor);
    // The boundaries first, while no page has asked for them: the first request builds each form.
    console.log('\nDistrict boundaries (/api/boundaries?kind=district&…), as sent without compression and gzipped:');
    const forms = [
      ['detail=full (before: what the maps fetched)', 'kind=district&detail=full'],
      ['detail=england, GeoJSON', 'kind=district&detail=england'],
      ['detail=england, TopoJSON', 'kind=district&detail=england&format=topojson'],
      ['detail=england, TopoJSON projected (the map, the index)', 'kind=district&detail=england&format=topojson-projected'],
      ['detail=district, TopoJSON (every district)', 'kind=district&detail=district&format=topojson'],
      ['detail=district&around=E06000009 (an area page)', 'kind=district&detail=district&around=E06000009'],
    ] as const;
    const full = await boundaryBytes(baseUrl, forms[0][1]);
    for (const [label, query] of forms) {
      const b = query === forms[0][1] ? full : await boundaryBytes(baseUrl, query);
      console.log(
        `  ${label.padEnd(50)} ${kb(b.raw).padStart(10)} ${kb(b.gzip).padStart(9)} gzip  (${(full.raw / b.raw).toFixed(1)}× / ${(full.gzip / b.gzip).toFixed(1)}× smaller)  first ${ms(b.firstMs)}, then ${ms(b.thenMs)}`,
      );
    }

    console.log('\nJavaScript fetched by a cold load, before the page is ready (target: at most 150 KB gzipped):');
    for (const page of PAGES) {
      const js = await scriptBytes(browser, baseUrl, page.path, page.ready, sessionFor(page));
      console.log(`  ${page.name.padEnd(7)} ${String(js.files).padStart(3)} files  ${kb(js.raw).padStart(9)} raw  ${kb(js.gzip).padStart(8)} gzip  ${kb(js.sent).padStart(8)} as sent (brotli)`);
    }

    console.log('\nWhere the time goes, one cold load each (server: time to first byte of each API reply):');
    for (const page of PAGES) for (const line of await breakdown(browser, baseUrl, page.path, page.ready, sessionFor(page))) console.log(line);

    console.log('\nEach page\'s API requests alone, from Node (brotli accepted): the first, then the median of 9:');
    const cookie = (sessions.hubLead.storageState?.cookies ?? []).map((c) => `${c.name}=${c.value}`).join('; ');
    for (const { page, urls } of PAGE_REQUESTS) {
      for (const url of urls) {
        const first = await timeRequest(baseUrl, url, cookie);
        const then: number[] = [];
        for (let i = 0; i < 9; i += 1) then.push((await timeRequest(baseUrl, url, cookie)).ms);
        console.log(`  ${page.padEnd(10)} ${url.slice(0, 80).padEnd(80)} ${String(first.status)}  first ${ms(first.ms).padStart(7)}  then ${ms(median(then)).padStart(7)}  ${kb(first.bytes).padStart(9)} sent`);
      }
    }

    const reference = await measureReference(browser, baseUrl);
    console.log(`\nReady (median of ${String(RUNS)}; target: within 1 s), beside the reference in the same run:`);
    console.log(`  ${'reference: index.html, no JS'.padEnd(32)} cold ${ms(reference.cold).padStart(7)}  warm ${ms(reference.warm).padStart(7)}`);
    for (const page of PAGES) {
      const { cold, warm } = await measurePage(browser, baseUrl, page.path, page.ready, sessionFor(page));
      console.log(
        `  ${`${page.name} ${page.path}`.padEnd(32)} cold ${ms(cold).padStart(7)}  warm ${ms(warm).padStart(7)}  (${(cold / reference.cold).toFixed(1)}× / ${(warm / reference.warm).toFixed(1)}× the reference)${Math.max(cold, warm) > 1000 ? '  over 1 s' : ''}`,
      );
    }
    console.log(`\nload ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
  } finally {
    await browser.close();
    await app?.stop();
  }
}

if (!existsSync(SHARED)) console.log('Page-ready benchmark skipped: the shared data folder is not beside the repository.');
else if (!existsSync(CHROMIUM_PATH)) console.log(`Page-ready benchmark skipped: no Chromium at ${CHROMIUM_PATH}.`);
else await main();
