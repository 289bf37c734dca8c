/**
 * The GOV.UK file upload for a CSV file imported all or nothing: label, hint (`hint`), the field's error,
 * or, where a refused file has many problems, a pointer to the error summary that lists them.
 */
export function CsvFileField({ id, hint, error, manyProblems, onChange }: { id: string; hint: string; error: string | undefined; manyProblems: boolean; onChange: (file: File | null) => void }) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Upload a file
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {hint}
      </div>
      {error !== undefined && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {manyProblems ? 'The file has problems: they are listed at the top of the page' : error}
        </p>
      )}
      <input
        className={`govuk-file-upload${error === undefined ? '' : ' govuk-file-upload--error'}`}
        id={id}
        name={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint${error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => {
          onChange(event.target.files?.[0] ?? null);
        }}
      />
    </div>
  );
}
