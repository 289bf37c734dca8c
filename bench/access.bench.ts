/**
 * People and access benchmark.
 * - guard cost: GET /api/health anonymous (reference) against the same request signed in by session
 *   cookie and by API token, each through the whole server on SQLite (a file).
 * - password hashing: scrypt (N=2^15, r=8, p=1) per hash, the deliberate cost of each sign-in.
 * - disclosure control: school × FSM tables (200 schools × 2 columns) per second with primary and
 *   secondary suppression, against the reference of only summing the same tables' totals.
 * Run: npm run bench
 */
import { rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { applyDisclosureControl } from '../src/domain/disclosure/index.ts';
import { buildServer } from '../src/server/app.ts';
import { generateApiToken } from '../src/app/access/api-token.ts';
import { hashPassword } from '../src/app/access/password.ts';
import { openDatabase } from '../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../src/storage/migrate.ts';
import { createApiToken } from '../src/storage/repositories/api-tokens.repository.ts';
import { createUser } from '../src/storage/repositories/users.repository.ts';
import { fixed, summarise, timeRepeated, withPeakMemory } from './support.ts';

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} x${String(cpus().length)}, ${fixed(totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`);

const file = `${tmpdir()}/oa-bench-access-${String(process.pid)}.sqlite`;
const handle = await openDatabase({ engine: 'sqlite', path: file });
await migrateToLatestOrThrow(handle.db);
const password = 'benchmark passphrase';
const user = await createUser(handle.db, { email: 'bench@example.gov.uk', role: 'admin', scope: [], passwordHash: await hashPassword(password) }, { userId: null, label: 'bench' }, () => new Date());
if (user === null) throw new Error('could not create the benchmark user');
const token = generateApiToken();
await createApiToken(handle.db, { publicId: token.publicId, secretHash: token.secretHash, userId: user.id, userEmail: user.email, name: 'bench', scope: [] }, { userId: null, label: 'bench' }, () => new Date());
const app = await buildServer({ db: handle.db, engine: 'sqlite', clock: () => new Date(), webRoot: null, signInsPerMinutePerAddress: 1_000_000 });
await app.ready();
const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password } });
const cookie = `oa_session=${signIn.cookies.find((c) => c.name === 'oa_session')?.value ?? ''}`;

const request = (headers: Record<string, string>) => async () => {
  const response = await app.inject({ method: 'GET', url: '/api/health', headers });
  if (response.statusCode !== 200) throw new Error(`status ${String(response.statusCode)}`);
};
const anonymous = summarise(await timeRepeated(request({})));
const { result: sessionTimings, peakMb } = await withPeakMemory(() => timeRepeated(request({ cookie })));
const session = summarise(sessionTimings);
const bearer = summarise(await timeRepeated(request({ authorization: `Bearer ${token.token}` })));
console.log('\nguard: GET /api/health through the server (SQLite file)');
console.log(`  reference, anonymous   ${fixed(anonymous.perSecond, 0)} req/s  p50 ${fixed(anonymous.p50, 3)} ms`);
console.log(`  session cookie         ${fixed(session.perSecond, 0)} req/s  p50 ${fixed(session.p50, 3)} ms  (${fixed(session.p50 / anonymous.p50, 2)}x)  peak RSS ${fixed(peakMb, 0)} MB`);
console.log(`  API token              ${fixed(bearer.perSecond, 0)} req/s  p50 ${fixed(bearer.p50, 3)} ms  (${fixed(bearer.p50 / anonymous.p50, 2)}x)`);

const hashTimes: number[] = [];
for (let i = 0; i < 10; i += 1) {
  const start = performance.now();
  await hashPassword(`password number ${String(i)}`);
  hashTimes.push(performance.now() - start);
}
console.log(`\npassword hashing (scrypt N=2^15, r=8, p=1): p50 ${fixed(summarise(hashTimes).p50, 1)} ms per hash`);

// A deterministic generator so every run measures the same tables.
let seed = 42;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const tables = Array.from({ length: 50 }, () => ({
  rowLabels: Array.from({ length: 200 }, (_, i) => `school ${String(i)}`),
  columnLabels: ['FSM', 'not FSM'],
  counts: Array.from({ length: 200 }, () => [Math.floor(next() * 40), Math.floor(next() * 200)]),
}));
const sumOnly = () => {
  let total = 0;
  for (const table of tables) for (const row of table.counts) for (const value of row) total += value;
  return Promise.resolve(total);
};
const controlled = () => {
  for (const table of tables) applyDisclosureControl(table);
  return Promise.resolve();
};
const reference = summarise(await timeRepeated(sumOnly, 2));
const disclosure = summarise(await timeRepeated(controlled, 2));
console.log('\ndisclosure control: 50 tables of 200 schools × FSM / not FSM');
console.log(`  reference, totals only   ${fixed((reference.perSecond * tables.length) / 1000, 0)}k tables/s`);
console.log(`  primary + secondary      ${fixed(disclosure.perSecond * tables.length, 0)} tables/s (${fixed(disclosure.p50 / tables.length, 3)} ms per table; ${fixed(disclosure.p50 / reference.p50, 0)}x the bare sums)`);

await app.close();
await handle.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
