import { runCli } from './program.ts';
import { readStdin } from './read-stdin.ts';

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  readStdin,
  interactive: process.stderr.isTTY,
});
process.exitCode = code;
