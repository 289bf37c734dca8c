// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Each layer may depend only on the layers below it (docs/architecture.md). */
const layerRule = (/** @type {{group: string[], message: string}[]} */ patterns, /** @type {string[]} */ paths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message: 'The domain is pure: it takes data in and returns data, with no I/O.' })),
      patterns,
    },
  ],
});

const pureDomain = layerRule(
  [
    { group: ['**/storage/**', '**/server/**', '**/cli/**', '**/ingest/**', '**/web/**'], message: 'The domain may not import outer layers: they depend on it, never the reverse.' },
    { group: ['kysely', 'kysely/*', 'fastify', 'fastify/*', '@fastify/*', 'pg', 'better-sqlite3', 'node:*'], message: 'The domain is pure: no database, HTTP or Node I/O modules.' },
  ],
  ['fs', 'fs/promises', 'path', 'child_process', 'http', 'net'],
);

const queriesInStorage = {
  selector: 'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]',
  message: 'Queries live in src/storage: add a function to a repository there and call it.',
};

/** `reply.code(…)` / `reply.status(…)` with anything but a 2xx or 3xx number written out. */
const statusInRoutes = {
  selector: "CallExpression[callee.object.name='reply'][callee.property.name=/^(code|status)$/]:not([arguments.0.type='Literal'][arguments.0.value>=200][arguments.0.value<400])",
  message: 'Routes do not choose error statuses: return an AppError (src/app/errors.ts) and send it with sendError from src/server/errors.ts, whose one table gives the status.',
};

/**
 * Routes, commands and use cases are given services (src/storage/services/create-services.ts), never the database:
 * no Kysely, no repository module, no schema, and not the connection beneath the services.
 */
const servicesOnly = [
  {
    group: ['kysely', 'kysely/*', '**/storage/repositories/**', '**/storage/schema*'],
    message: 'Routes, commands and use cases are given services, not the database: call services.<repository>.<function>(…) (src/storage/services/create-services.ts).',
  },
  {
    group: ['**/storage/services/create-services.ts'],
    importNames: ['connectionOf'],
    message: 'The connection beneath the services is for importers and storage only; routes, commands and use cases call the services.',
  },
];

/** What hands the database itself to the services, or works on it whole: the composition root, migrations, backups. */
const DATABASE_HANDLERS = [
  'src/server/app.ts',
  'src/server/openapi-document.ts',
  'src/cli/open-database.ts',
  'src/cli/serve-app.ts',
  'src/cli/audit-migrations.ts',
  'src/cli/commands/db-migrate.ts',
  'src/cli/commands/start.ts',
  'src/cli/backup/**',
];

const appLayer = [{ group: ['**/server/**', '**/cli/**', '**/web/**', 'fastify', '@fastify/*', 'commander'], message: 'The application layer holds what both front doors share; it may not import either of them.' }];
const cliLayer = [
  { group: ['**/server/**', '!**/server/index.ts'], message: 'The CLI reaches the server only through src/server/index.ts (to start it); what both use belongs in src/app, the domain or storage.' },
  { group: ['**/web/src/**'], message: 'The CLI may not import the web app.' },
];
const serverLayer = [{ group: ['**/cli/**', '**/web/src/**'], message: 'The server may not import the CLI or the web app; the web app talks to it only over HTTP.' }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  { files: ['src/domain/**'], rules: pureDomain },
  {
    files: ['src/storage/**'],
    rules: layerRule([{ group: ['**/server/**', '**/cli/**', '**/web/**', 'fastify', '@fastify/*'], message: 'Storage sits below the server and CLI; it may use the domain only.' }]),
  },
  {
    files: ['src/ingest/**'],
    rules: layerRule([{ group: ['**/server/**', '**/cli/**', '**/web/**', 'fastify', '@fastify/*'], message: 'Ingest sits below the server and CLI.' }]),
  },
  { files: ['src/app/**'], rules: layerRule([...appLayer, ...servicesOnly]) },
  { files: ['src/cli/**'], rules: layerRule([...cliLayer, ...servicesOnly]) },
  { files: ['src/server/**'], rules: layerRule([...serverLayer, ...servicesOnly]) },
  // (Flat config replaces a rule's options rather than merging them, so these repeat their layer's rule without servicesOnly.)
  { files: DATABASE_HANDLERS.filter((file) => file.startsWith('src/cli/')), rules: layerRule(cliLayer) },
  { files: DATABASE_HANDLERS.filter((file) => file.startsWith('src/server/')), rules: layerRule(serverLayer) },
  {
    // Storage behind one door: the layers above it ask storage's functions, never build a query themselves.
    files: ['src/app/**', 'src/ingest/**', 'src/server/**', 'src/cli/**'],
    rules: { 'no-restricted-syntax': ['error', queriesInStorage] },
  },
  {
    // Errors mapped once: a route sends an application error with sendError, whose status comes from the one
    // table in src/server/errors.ts; it never sets a 4xx or 5xx status itself. (Flat config replaces a rule's
    // options rather than merging them, so the query rule is repeated here.)
    files: ['src/server/routes/**'],
    rules: { 'no-restricted-syntax': ['error', queriesInStorage, statusInRoutes] },
  },
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layerRule([{ group: ['**/src/storage/**', '**/src/server/**', '**/src/cli/**', '**/src/ingest/**', 'kysely', 'fastify', 'node:*'], message: 'The web app talks to the server only through the JSON API.' }]),
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
