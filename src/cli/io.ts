/** What a command reads and writes, passed in so tests can run commands in process. */
export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /** All of standard input, for secrets that must not appear in shell history. */
  readonly readStdin: () => Promise<string>;
  /** True when a person is watching a terminal: show progress bars. */
  readonly interactive: boolean;
}
