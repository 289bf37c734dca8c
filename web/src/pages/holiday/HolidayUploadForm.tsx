import { useState } from 'react';
import { importHolidayFile, type HolidayFileKind } from '../../api/holiday-client.ts';
import { CsvFileField } from '../../components/form/CsvFileField.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { useFileUpload } from '../../components/form/use-file-upload.ts';

const FIELD = 'holidayFile';

const KINDS: readonly { value: HolidayFileKind; text: string; hint: string }[] = [
  { value: 'clubs', text: 'Clubs (club_id, club_name, provider, urn or postcode and district_code, start_date, end_date, days_offered, places_per_day)', hint: 'clubs' },
  { value: 'attendance', text: 'Attendance, one row per pupil booked on a club day (upn, urn, fsm, club_id, date, attended)', hint: 'pupil-days' },
];

/**
 * A GOV.UK file upload for an area's holiday clubs file or attendance file, imported all or nothing. A
 * refused file's problems go in the error summary at the top of the page (which takes focus); an imported
 * one is announced by `onImported`, and the page reloads its report.
 */
export function HolidayUploadForm({ areaId, onImported }: { areaId: string; onImported: (message: string) => void }) {
  const [kind, setKind] = useState<string>('clubs');
  const { errors, attempt, submitting, setFile, onSubmit } = useFileUpload({
    fieldId: FIELD,
    noFile: 'Select a clubs or attendance file',
    command: 'oa holiday import',
    onImported,
    send: async (file) => {
      const chosen: HolidayFileKind = kind === 'attendance' ? 'attendance' : 'clubs';
      const result = await importHolidayFile(areaId, { kind: chosen, fileName: file.name, text: await file.text() });
      if (!result.imported) return result;
      const c = result.counts;
      const what = KINDS.find((k) => k.value === chosen)?.hint ?? 'rows';
      return { imported: true, message: `${result.file} imported: ${c.rows.toLocaleString('en-GB')} ${what}, ${c.inserted.toLocaleString('en-GB')} new, ${c.updated.toLocaleString('en-GB')} changed, ${c.unchanged.toLocaleString('en-GB')} already held` };
    },
  });

  const fieldError = errors[0]?.message;
  return (
    <>
      {errors.length > 0 && <ErrorSummary key={attempt} errors={errors} />}
      <h2 className="govuk-heading-m">Import a holiday file</h2>
      <p className="govuk-body">Import the clubs first, then their attendance. Every club must be in this area.</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="holiday-upload">
        <Radios name="kind" legend="What the file holds" options={KINDS.map(({ value, text }) => ({ value, text }))} value={kind} onChange={setKind} />
        <CsvFileField
          id={FIELD}
          hint="CSV UTF-8 with a header row. Nothing is imported unless the whole file is right. UPNs are turned into codes that cannot be reversed before anything is saved."
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
