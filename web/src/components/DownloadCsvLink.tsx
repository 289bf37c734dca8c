/** A link to the CSV version of the table above it (every table the service shows can be downloaded). */
export function DownloadCsvLink({ href, description }: { href: string; description: string }) {
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href} download>
        Download CSV<span className="govuk-visually-hidden"> of {description}</span>
      </a>
    </p>
  );
}
