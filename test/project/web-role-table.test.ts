import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB_SOURCES = fileURLToPath(new URL('../../web/src/', import.meta.url));

function webFiles(): { path: string; text: string }[] {
  return readdirSync(WEB_SOURCES, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: path.slice(WEB_SOURCES.length), text: readFileSync(path, 'utf8') };
    });
}

// The web app decides which links and pages to show from the domain's role table itself (issue 19, item 4),
// not from a copy kept by hand that could drift from what the server enforces.
describe('the web app’s role table', () => {
  const files = webFiles();

  it('is the domain’s: the session code imports src/domain/access', () => {
    const importers = files.filter((file) => file.text.includes("/src/domain/access/permissions.ts'")).map((file) => file.path);
    expect(importers).toContain(join('session', 'access-decision.ts'));
  });

  it('is not copied into the web app', () => {
    const copies = files.filter((file) => /export const (GRANTS|PERMISSION_DESCRIPTIONS|ROLE_LABELS)\b/.test(file.text)).map((file) => file.path);
    expect(copies).toEqual([]);
  });
});
