import { useState } from 'react';
import { importTutoringFile } from '../../api/catch-up-client.ts';
import { CsvFileField } from '../../components/form/CsvFileField.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { useFileUpload } from '../../components/form/use-file-upload.ts';

const FIELD = 'tutoringFile';

/**
 * A GOV.UK file upload for a school's tutoring file, imported all or nothing. A refused file's problems go
 * in the error summary at the top of the page (which takes focus); an imported one is announced by
 * `onImported`, and the page reloads its report.
 */
export function TutoringUploadForm({ urn, onImported }: { urn: string; onImported: (message: string) => void }) {
  const [kind, setKind] = useState('sessions');
  const { errors, attempt, submitting, setFile, onSubmit } = useFileUpload({
    fieldId: FIELD,
    noFile: 'Select a tutoring file',
    command: 'oa catch-up import',
    onImported,
    send: async (file) => {
      const result = await importTutoringFile(urn, { fileName: file.name, text: await file.text(), census: kind === 'census' });
      if (!result.imported) return result;
      const c = result.counts;
      const what = kind === 'census' ? 'pupils' : 'sessions';
      return { imported: true, message: `${result.file} imported: ${c.rows.toLocaleString('en-GB')} ${what}, ${c.inserted.toLocaleString('en-GB')} new, ${c.updated.toLocaleString('en-GB')} corrected, ${c.unchanged.toLocaleString('en-GB')} already held` };
    },
  });

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
