export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}
