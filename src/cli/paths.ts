import { fileURLToPath } from 'node:url';

/** The project's root folder, found from this file so commands work from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_SOURCE_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_BUILD_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));
