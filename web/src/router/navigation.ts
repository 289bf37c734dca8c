import { useSyncExternalStore } from 'react';

const NAVIGATE = 'oa:navigate';

/** Shows another page of the app without reloading, as if the user had followed a link. */
export function navigate(path: string): void {
  const current = window.location.pathname + window.location.search + window.location.hash;
  // Following a link to the page already shown should not add a duplicate history entry.
  if (path === current) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
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
