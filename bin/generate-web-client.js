// Generates the web app's API types, web/src/api/generated/openapi.d.ts, from the committed openapi.json with
// openapi-typescript, so the web client is checked against the contract the server publishes rather than
// mirroring it by hand. `npm run openapi` writes openapi.json and then runs this; `npm run web-client` runs
// it alone. test/web/generated-client.test.ts renders the file again in memory and fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const OPENAPI_DOCUMENT = `${ROOT}openapi.json`;
export const WEB_CLIENT_TYPES = `${ROOT}web/src/api/generated/openapi.d.ts`;

const HEADER = `/*
 * Generated from openapi.json by \`npm run web-client\` (openapi-typescript). Do not edit: change the route's
 * zod schema, then run \`npm run openapi\`, which writes openapi.json and this file.
 */

`;

/** The text of openapi.d.ts for an OpenAPI document's text. */
export async function renderWebClientTypes(documentText) {
  const ast = await openapiTS(JSON.parse(documentText), { alphabetize: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(WEB_CLIENT_TYPES, await renderWebClientTypes(readFileSync(OPENAPI_DOCUMENT, 'utf8')));
  process.stdout.write(`Wrote ${WEB_CLIENT_TYPES.slice(ROOT.length)}\n`);
}
