import { runCli } from '../../src/cli/program.ts';
import { fixedClock } from './clock.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `oa` in process with this environment and standard input, capturing what it prints. */
export async function runOa(args: readonly string[], env: NodeJS.ProcessEnv, options: { stdin?: string; now?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: fixedClock(options.now),
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    interactive: false,
  });
  return { code, stdout, stderr };
}
