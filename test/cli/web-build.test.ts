import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_BUILD_DIR } from '../../src/cli/paths.ts';
import { ensureWebAppBuilt } from '../../src/cli/web-build.ts';

// Text found only in React's development build.
const DEVELOPMENT_ONLY = 'Internal React error: Expected static flag';

describe('the web app build', () => {
  it("ships React's production build even when built by a process under a test run (NODE_ENV=test)", async () => {
    expect(process.env['NODE_ENV']).toBe('test');
    await ensureWebAppBuilt(() => undefined);
    const assets = join(WEB_BUILD_DIR, 'assets');
    const entry = readdirSync(assets).find((name) => /^index-.*\.js$/.test(name));
    expect(entry).toBeDefined();
    expect(readFileSync(join(assets, entry ?? ''), 'utf8')).not.toContain(DEVELOPMENT_ONLY);
  }, 120_000);
});
