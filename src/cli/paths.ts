import { join } from 'node:path';
import { PROJECT_ROOT } from '../ingest/runtime/project-root.ts';

/** The project's root folder, found from this code so commands work from any working directory. */
export { PROJECT_ROOT };
export const WEB_SOURCE_DIR = join(PROJECT_ROOT, 'web') + '/';
export const WEB_BUILD_DIR = join(PROJECT_ROOT, 'dist', 'web') + '/';
