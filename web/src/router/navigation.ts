import { useSyncExternalStore } from 'react';

const NAVIGATE = 'oa:navigate';

export interface NavigateOptions {
  /** Replace the current history entry, e.g. when sending someone on from a page they never meant to stay on. */
  readonly replace?: boolean;
  /** A one-off confirmation for the next page to show, such as "Board chair saved" (see useFlash). */
  readonly flash?: string;
  /** Stay where the page is scrolled to: for controls that change what a page shows, such as the map's. */
  readonly keepScroll?: boolean;
}

let visits = 0;

/**
 * Shows another page of the app without reloading, as if the user had followed a link. Going to the page
 * already shown (say, back to a hub's page after saving a form on it) shows it afresh, as a browser would:
 * see usePageVisit.
 */
export function navigate(path: string, options: NavigateOptions = {}): void {
  const current = window.location.pathname + window.location.search + window.location.hash;
  const state = options.flash === undefined ? null : { flash: options.flash };
  // Following a link to the page already shown should not add a duplicate history entry.
  if (options.replace === true || path === current) window.history.replaceState(state, '', path);
  else window.history.pushState(state, '', path);
  // Controls that redraw the page in place (the map's) keep what it holds; anything else revisits it.
  if (path === current && options.keepScroll !== true) visits += 1;
  if (options.keepScroll !== true) window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

function getPathname(): string {
  return window.location.pathname;
}

/** The current path, updated on navigate() and on the browser's back and forward buttons. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname);
}

function getSearch(): string {
  return window.location.search;
}

/** The query string ("?q=park&page=2", or ""), updated like usePathname. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch);
}

/** The path and query string of the page shown, for coming back to it: "/areas/blackpool/board". */
export function currentPathAndQuery(): string {
  return window.location.pathname + window.location.search;
}

function getVisit(): number {
  return visits;
}

/**
 * Counts navigations to the page already shown. The app keys the page by it, so such a visit mounts the
 * page anew and reads its data again, instead of leaving what it showed before the form was saved.
 */
export function usePageVisit(): number {
  return useSyncExternalStore(subscribe, getVisit);
}
