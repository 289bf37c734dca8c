/**
 * Just enough of a browser to walk a redirect flow on a real HTTP server: it keeps cookies (by name; no
 * domain or path rules, as it only ever talks to one server) and follows no redirect by itself, so a test
 * can see each hop and stop at the one that leaves the server.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  async get(url: string | URL): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: cookie === '' ? {} : { cookie } });
    for (const header of response.headers.getSetCookie()) this.remember(header);
    return response;
  }

  /**
   * Follows redirects from `url` until one points at `stopAt` (origin and path), and returns that URL.
   * Throws, with the last answer, when the flow ends anywhere else.
   */
  async followUntil(url: string | URL, stopAt: string, maxHops = 10): Promise<URL> {
    const stop = new URL(stopAt);
    let current = new URL(url);
    for (let hop = 0; hop < maxHops; hop += 1) {
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || location === null) {
        throw new Error(`${current.href} answered ${String(response.status)}: ${await response.text()}`);
      }
      await response.body?.cancel();
      current = new URL(location, current);
      if (current.origin === stop.origin && current.pathname === stop.pathname) return current;
    }
    throw new Error(`No redirect to ${stopAt} within ${String(maxHops)} hops`);
  }

  private remember(header: string): void {
    const [pair = '', ...attributes] = header.split(';');
    const equals = pair.indexOf('=');
    if (equals <= 0) return;
    const name = pair.slice(0, equals).trim();
    const value = pair.slice(equals + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = '', setting = ''] = attribute.split('=').map((part) => part.trim());
      if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
      if (key.toLowerCase() === 'expires') return Date.parse(setting) <= Date.now();
      return false;
    });
    if (value === '' || expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
