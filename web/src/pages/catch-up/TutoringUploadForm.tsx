import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { importTutoringFile } from '../../api/catch-up-client.ts';
import { CsvFileField } from '../../components/form/CsvFileField.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import type { SummaryError } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { useSession } from '../../session/session-context.ts';
import { fileProblemSummary } from './file-problems.ts';

const FIELD = 'tutoringFile';
/** The server's limit on one upload (BODY_LIMITS.schoolFile), less room for the request around the file. */
const MAX_BYTES = 4 * 1024 * 1024 - 4096;

/**
 * A GOV.UK file upload for a school's tutoring file, imported all or nothing. A refused file's problems go
 * in the error summary at the top of the page (which takes focus); an imported one is announced by
 * `onImported`, and the page reloads its report.
 */
export function TutoringUploadForm({ urn, onImported }: { urn: string; onImported: (message: string) => void }) {
  const { refresh } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState('sessions');
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const fail = (found: readonly SummaryError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    if (file === null) {
      fail([{ message: 'Select a tutoring file', href: `#${FIELD}` }]);
      return;
    }
    if (file.size > MAX_BYTES) {
      fail([{ message: 'The file must be smaller than 4 MB: split it, or import it with oa catch-up import', href: `#${FIELD}` }]);
      return;
    }
    setSubmitting(true);
    try {
      const result = await importTutoringFile(urn, { fileName: file.name, text: await file.text(), census: kind === 'census' });
      if (!result.imported) {
        fail(fileProblemSummary(result.problems, result.more, `#${FIELD}`));
        return;
      }
      setErrors([]);
      const c = result.counts;
      const what = kind === 'census' ? 'pupils' : 'sessions';
      onImported(`${result.file} imported: ${c.rows.toLocaleString('en-GB')} ${what}, ${c.inserted.toLocaleString('en-GB')} new, ${c.updated.toLocaleString('en-GB')} corrected, ${c.unchanged.toLocaleString('en-GB')} already held`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail([{ message: error instanceof ApiError ? error.message : 'The file could not be imported. Try again.', href: `#${FIELD}` }]);
    } finally {
      setSubmitting(false);
    }
  };

  const fieldError = errors[0]?.message;
  return (
    <>
      {errors.length > 0 && <ErrorSummary key={attempt} errors={errors} />}
      <h2 className="govuk-heading-m">Import a tutoring file</h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="tutoring-upload">
        <Radios
          name="kind"
          legend="What the file holds"
          options={[{ value: 'sessions', text: 'Tutoring sessions (school information system export)' }, { value: 'census', text: 'School Census return (tutored, cumulative hours)' }]}
          value={kind}
          onChange={setKind}
        />
        <CsvFileField
          id={FIELD}
          hint="CSV UTF-8 with a header row, every row this school’s. Nothing is imported unless the whole file is right. UPNs are turned into codes that cannot be reversed before anything is saved."
          error={fieldError}
          manyProblems={errors.length > 1}
          onChange={setFile}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={submitting}>
          Import file
        </button>
      </form>
    </>
  );
}
