import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = new URL('../../web/src', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

// A table outside a TableRegion widens the page on a narrow screen (issue 21, item 6); the browser test
// measures the main pages, this catches a table on any page, including ones it does not visit.
describe('tables on narrow screens', () => {
  it('puts every table of the web app inside a TableRegion, directly', () => {
    const outside: string[] = [];
    for (const file of sourceFiles(WEB)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (!/^\s*<table\b/.test(line)) return;
        const previous = lines.slice(0, index).reverse().find((l) => l.trim() !== '' && !l.trim().startsWith('{/*'));
        if (previous === undefined || !/<TableRegion\b[^>]*>\s*$/.test(previous)) outside.push(`${file.slice(WEB.length + 1)}:${String(index + 1)}`);
      });
    }
    expect(outside).toEqual([]);
  });
});
