import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import type { FileProblem } from '../../api/catch-up-client.ts';
import { fileProblemSummary } from './file-problems.ts';
import { useSession } from '../../session/session-context.ts';
import type { SummaryError } from './form-errors.ts';

/** The server's limit on one upload (BODY_LIMITS.schoolFile), less room for the request around the file. */
const MAX_BYTES = 4 * 1024 * 1024 - 4096;

/** What an all-or-nothing import answered: imported, with the sentence to announce, or refused with its problems. */
export type UploadOutcome = { readonly imported: true; readonly message: string } | { readonly imported: false; readonly problems: readonly FileProblem[]; readonly more: number };

export interface FileUploadSettings {
  /** The file field's id, which every problem in the error summary links to. */
  readonly fieldId: string;
  /** The problem when no file is chosen: "Select a tutoring file". */
  readonly noFile: string;
  /** The command that imports a file too large for the page: "oa catch-up import". */
  readonly command: string;
  readonly send: (file: File) => Promise<UploadOutcome>;
  readonly onImported: (message: string) => void;
}

/**
 * The state and submit handler of a GOV.UK file upload imported all or nothing: a refused file's problems
 * (or a missing, too large or unsent file) go in the error summary, each linked to the field; a stale form
 * refreshes the session.
 */
export function useFileUpload(settings: FileUploadSettings) {
  const { refresh } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const href = `#${settings.fieldId}`;
  const fail = (found: readonly SummaryError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    if (file === null) {
      fail([{ message: settings.noFile, href }]);
      return;
    }
    if (file.size > MAX_BYTES) {
      fail([{ message: `The file must be smaller than 4 MB: split it, or import it with ${settings.command}`, href }]);
      return;
    }
    setSubmitting(true);
    try {
      const outcome = await settings.send(file);
      if (!outcome.imported) {
        fail(fileProblemSummary(outcome.problems, outcome.more, href));
        return;
      }
      setErrors([]);
      settings.onImported(outcome.message);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail([{ message: error instanceof ApiError ? error.message : 'The file could not be imported. Try again.', href }]);
    } finally {
      setSubmitting(false);
    }
  };

  return { errors, attempt, submitting, setFile, onSubmit };
}
