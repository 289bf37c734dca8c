import { navigate } from './navigation.ts';

/**
 * Turns clicks on the app's own links into client-side navigation, so pages are plain `<a href>` and
 * still work when opened in a new tab. Leaves alone anything the browser should handle itself: modified
 * or non-primary clicks, other targets, downloads, other origins, the API (CSV files, /api/docs) and
 * in-page fragments such as the skip link. Returns a function that stops intercepting.
 */
export function interceptLinkClicks(root: Document): () => void {
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!(event.target instanceof Element)) return;
    const anchor = event.target.closest('a');
    // SVG <a> elements and anchors without href are not navigation links.
    if (!(anchor instanceof HTMLAnchorElement) || !anchor.hasAttribute('href') || anchor.hasAttribute('download')) return;
    if (anchor.target !== '' && anchor.target !== '_self') return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;
    if (url.hash !== '' && url.pathname === window.location.pathname && url.search === window.location.search) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  root.addEventListener('click', onClick);
  return () => {
    root.removeEventListener('click', onClick);
  };
}
