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
    // Only links with an href navigate; the attribute selector also types the result as any Element.
    const anchor = event.target.closest('a[href]');
    // Links in SVG (the map's districts) are SVGAElements, whose href and target are animated strings.
    const link = anchor instanceof HTMLAnchorElement ? { href: anchor.href, target: anchor.target }
      : anchor instanceof SVGAElement ? { href: anchor.href.baseVal, target: anchor.target.baseVal }
      : null;
    if (anchor === null || link === null || anchor.hasAttribute('download')) return;
    if (link.target !== '' && link.target !== '_self') return;
    const url = new URL(link.href, window.location.href);
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
