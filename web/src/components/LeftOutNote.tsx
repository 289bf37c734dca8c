import type { LeftOut } from '../api/public-data-types.ts';

/**
 * The sentence a view shows about the schools it could not count (no district, or no location), with a link to
 * the About the data page, which says how schools are placed in districts and lists those no rule places.
 * Nothing when none was left out.
 */
export function LeftOutNote({ leftOut, id }: { leftOut: LeftOut; id?: string }) {
  if (leftOut.note === null) return null;
  return (
    <p className="govuk-body-s" id={id}>
      {leftOut.note}{' '}
      <a className="govuk-link" href="/data">
        About the data
      </a>
    </p>
  );
}
