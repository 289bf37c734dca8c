import { basename } from 'node:path';
import { readTextFile } from '../../ingest/csv/read-text-file.ts';
import { readAdviserFile, readEmployerFile } from '../../ingest/careers/read-directory-files.ts';
import { formatProblem, ProblemList } from '../../ingest/report.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

async function readOrThrow(path: string): Promise<string> {
  const read = await readTextFile(path);
  if (!read.ok) throw new Error(`${path}: ${read.reason}`);
  return read.file.text;
}

function failOnProblems(io: CliIo, problems: ProblemList): void {
  if (problems.count === 0) return;
  for (const problem of problems.items) io.stderr(`${formatProblem(problem)}\n`);
  throw new Error(`${problems.file}: ${String(problems.count)} problem${problems.count === 1 ? '' : 's'}; nothing was imported.`);
}

/** `oa careers employers import FILE`: employers with their cornerstone flag, sector and location. */
export async function runEmployersImport(io: CliIo, file: string): Promise<void> {
  const problems = new ProblemList(basename(file));
  const rows = readEmployerFile(await readOrThrow(file), problems);
  failOnProblems(io, problems);
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const result = await services.careersDirectory.saveEmployers(rows, cliActor(io), io.now().toISOString());
    io.stdout(`${basename(file)}: ${String(rows.length)} employers: ${String(result.added)} added, ${String(result.updated)} updated.\n`);
  });
}

/** `oa careers advisers import FILE`: Enterprise Advisers matched to schools in the register. */
export async function runAdvisersImport(io: CliIo, file: string): Promise<void> {
  const problems = new ProblemList(basename(file));
  const rows = readAdviserFile(await readOrThrow(file), problems);
  failOnProblems(io, problems);
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const urns = [...new Set(rows.map((r) => r.urn))];
    const known = await services.lookups.schoolsHeld(urns);
    rows.forEach((r) => {
      if (!known.has(r.urn)) problems.add({ row: null, column: 'urn', value: String(r.urn), reason: `URN ${String(r.urn)} is not in the school register` });
    });
    failOnProblems(io, problems);
    const result = await services.careersDirectory.saveAdvisers(rows, cliActor(io), io.now().toISOString());
    io.stdout(`${basename(file)}: ${String(result.advisersAdded)} advisers added, ${String(result.linksAdded)} school links added.\n`);
  });
}
