import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Generator {
  renderWebClientTypes: (documentText: string) => Promise<string>;
  OPENAPI_DOCUMENT: string;
  WEB_CLIENT_TYPES: string;
}

const generator = (await import(new URL('../../bin/generate-web-client.js', import.meta.url).href)) as Generator;

// The web app's API types are generated from openapi.json (issue 19, item 4); openapi.json itself is held to
// the routes by test/server/openapi-drift.test.ts, so together they keep the web client in step with the server.
describe('the generated web client types (web/src/api/generated/openapi.d.ts)', () => {
  const document = readFileSync(generator.OPENAPI_DOCUMENT, 'utf8');

  it('are what openapi.json generates now', async () => {
    const committed = readFileSync(generator.WEB_CLIENT_TYPES, 'utf8');
    const fresh = await generator.renderWebClientTypes(document);
    expect(committed === fresh, 'web/src/api/generated/openapi.d.ts is stale: run `npm run web-client` (or `npm run openapi`) and commit it').toBe(true);
  });

  it('change when a reply schema in the document changes', async () => {
    const parsed = JSON.parse(document) as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    const session = parsed.components.schemas.Session;
    expect(session?.properties).toHaveProperty('csrfToken');
    if (session?.properties !== undefined) session.properties.extraField = { type: 'string' };
    const changed = await generator.renderWebClientTypes(JSON.stringify(parsed));
    expect(changed).toContain('extraField?: string');
    expect(changed).not.toBe(await generator.renderWebClientTypes(document));
  });
});
