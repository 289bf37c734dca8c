import { getSchools, withQuery } from '../../api/public-data-client.ts';
import { useApi } from '../../api/use-api.ts';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { formatCountOf } from '../../format/format-number.ts';

/**
 * The area's open schools, linking to the list of them, and how many of its authorities' open schools have no
 * district so are not in it. A list that cannot load is left out: the rest of the page stands without it.
 */
export function AreaSchools({ areaId }: { areaId: string }) {
  const query = { opportunityArea: areaId, status: 'open' };
  const state = useApi(`area-schools:${areaId}`, (signal) => getSchools({ ...query, pageSize: 1 }, signal));
  if (state.status !== 'loaded') return null;
  return (
    <section aria-labelledby="area-schools-heading" id="area-schools">
      <h2 className="govuk-heading-m" id="area-schools-heading">
        Schools
      </h2>
      {/* Every Opportunity Area has schools: none means the register has not been loaded. */}
      {state.data.total === 0 && (
        <MissingDataNote missing="school-register" id="area-schools-missing-data">
          No schools are known in the area yet: the register of schools has not been loaded.
        </MissingDataNote>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={withQuery('/schools', query)}>
          {formatCountOf(state.data.total, 'open school')} in the area
        </a>
      </p>
      <LeftOutNote leftOut={state.data.leftOut} id="area-schools-left-out" />
    </section>
  );
}
