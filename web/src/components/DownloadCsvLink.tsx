/**
 * Links to the table above as CSV and as an Excel workbook (every table the service shows can be
 * downloaded): the API gives the same rows for `format=csv` and `format=xlsx`.
 */
export function DownloadCsvLink({ href, description }: { href: string; description: string }) {
  const xlsx = href.replace(/([?&])format=csv\b/, '$1format=xlsx');
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href} download>
        Download CSV<span className="govuk-visually-hidden"> of {description}</span>
      </a>
      {xlsx !== href && (
        <>
          {' '}
          or{' '}
          <a className="govuk-link" href={xlsx} download>
            Excel<span className="govuk-visually-hidden"> workbook of {description}</span>
          </a>
        </>
      )}
    </p>
  );
}
