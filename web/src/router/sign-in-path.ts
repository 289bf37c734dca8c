/** The sign-in page, coming back to `next` afterwards: `signInPath('/audit')` → "/sign-in?next=%2Faudit". */
export function signInPath(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/**
 * Where to go after signing in: `next` when it is a path on this site, otherwise the home page. Refuses
 * anything that could leave the site ("//evil.example", "/\\evil.example", "https://…") or loop back to
 * the sign-in page. `safeNextPath('/areas/blackpool?x=1')` → "/areas/blackpool?x=1"; `safeNextPath('//x')` → "/".
 */
export function safeNextPath(next: string | null, origin: string = window.location.origin): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  // "/.//evil.example" normalises to a path starting "//", which the browser would read as another site.
  if (url.origin !== origin || url.pathname.startsWith('//') || url.pathname === '/sign-in') return '/';
  return url.pathname + url.search + url.hash;
}
