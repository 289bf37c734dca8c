import { runCli } from './program.ts';
import { readStdin } from './read-stdin.ts';

// Output piped into a reader that stops early (`oa careers report | head`) is not a failure: stop quietly,
// as other command-line tools do, rather than crash on the closed pipe.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  readStdin,
  interactive: process.stderr.isTTY,
});
process.exitCode = code;
