import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { AppFailure, appError } from '../../src/app/errors.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, failureOf, UsageError } from '../../src/cli/failure.ts';

describe('failures mapped once to exit codes', () => {
  it('ends bad usage with 2 and its message, whether the command line or an input to fix', () => {
    expect(failureOf(new UsageError('--reason: give a reason'))).toEqual({ exitCode: EXIT_USAGE, message: '--reason: give a reason' });
    expect(failureOf(new AppFailure(appError('invalid_request', 'Enter an email address')))).toEqual({ exitCode: EXIT_USAGE, message: 'Enter an email address' });
    expect(failureOf(new AppFailure(appError('unknown_scope', 'There is no Opportunity Area “x”')))).toEqual({ exitCode: EXIT_USAGE, message: 'There is no Opportunity Area “x”' });
  });

  it('ends what is missing or clashes with what is stored with 1 and its message', () => {
    expect(failureOf(new AppFailure(appError('not_found', 'There is no user with the email a@b.c')))).toEqual({ exitCode: EXIT_FAILURE, message: 'There is no user with the email a@b.c' });
    expect(failureOf(new AppFailure(appError('conflict', 'Already saved')))).toEqual({ exitCode: EXIT_FAILURE, message: 'Already saved' });
    expect(failureOf(new AppFailure({ code: 'no-comparison', message: 'Nothing to compare with' })).exitCode).toBe(EXIT_FAILURE);
  });

  it('ends any other error with 1, and leaves commander’s own messages to commander', () => {
    expect(failureOf(new Error('disk full'))).toEqual({ exitCode: EXIT_FAILURE, message: 'disk full' });
    expect(failureOf('odd')).toEqual({ exitCode: EXIT_FAILURE, message: 'odd' });
    expect(failureOf(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"))).toEqual({ exitCode: EXIT_USAGE, message: null });
    expect(failureOf(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toEqual({ exitCode: EXIT_OK, message: null });
  });
});
