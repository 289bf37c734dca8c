import type { AreaDetail, AreaKind, AreaSummary } from '../../api/public-data-types.ts';
import { describeAreaKind } from './describe-area-kind.ts';

const ORDER: readonly AreaKind[] = ['region', 'education_la', 'district', 'country'];

/** The areas within this one, grouped by kind: "Education authorities in North West", then "Districts in …". */
export function PlaceChildren({ area }: { area: AreaDetail }) {
  if (area.children.length === 0) return null;
  const groups = ORDER.map((kind) => ({ kind, members: area.children.filter((child) => child.kind === kind) })).filter((group) => group.members.length > 0);
  return (
    <>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`children-${group.kind}`}>
          <h2 className="govuk-heading-m" id={`children-${group.kind}`}>
            {describeAreaKind(group.kind, true)} in {area.name}
          </h2>
          <ChildList members={group.members} />
        </section>
      ))}
    </>
  );
}

function ChildList({ members }: { members: readonly AreaSummary[] }) {
  return (
    <ul className={`govuk-list${members.length > 8 ? ' oa-columns' : ''}`}>
      {members.map((child) => (
        <li key={child.code}>
          <a className="govuk-link" href={`/areas/${encodeURIComponent(child.code)}`}>
            {child.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
