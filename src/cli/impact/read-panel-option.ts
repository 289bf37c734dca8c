import { basename } from 'node:path';
import { buildPanel, type ImpactProblem, type Panel } from '../../domain/impact/index.ts';
import { readTextFile } from '../../ingest/csv/read-text-file.ts';
import { readPanelFile, type PanelColumns } from '../../ingest/impact-panel/read-panel-file.ts';
import { formatProblem, ProblemList } from '../../ingest/report.ts';
import type { CliIo } from '../io.ts';

/**
 * The panel of `--panel FILE`: read and checked row by row; every problem goes to standard error and
 * the command fails (exit 1) before anything is estimated. A file that reads but cannot make a panel
 * (no treated unit, treated units starting apart) fails with the domain's problem.
 */
export async function readPanelOption(io: CliIo, path: string, options: { readonly columns: PanelColumns; readonly from?: string }): Promise<{ panel: Panel } | { problem: ImpactProblem }> {
  const file = await readTextFile(path);
  if (!file.ok) throw new Error(`${path}: ${file.reason}`);
  const problems = new ProblemList(basename(path));
  const rows = readPanelFile(file.file.text, options, problems);
  if (rows === null) {
    for (const problem of problems.items) io.stderr(`${formatProblem(problem)}\n`);
    const more = problems.truncatedBy > 0 ? ` (the first ${String(problems.items.length)} listed)` : '';
    throw new Error(`${problems.file}: ${String(problems.count)} problem${problems.count === 1 ? '' : 's'}${more}; nothing was estimated.`);
  }
  const built = buildPanel(rows);
  return built.ok ? { panel: built.value } : { problem: built.error };
}
