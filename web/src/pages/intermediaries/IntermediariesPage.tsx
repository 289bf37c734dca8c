import { getIntermediaries, INTERMEDIARIES_PAGE_SIZE, intermediaryLinks, type IntermediaryKind, type IntermediaryList, type IntermediarySummary } from '../../api/intermediaries-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageOf, readPageParam } from '../../components/PageOf.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { INTERMEDIARY_READERS_WITHIN, intermediariesPagePath, intermediaryHref, KIND_NAMES, kindFromSearch } from './intermediary-kind.ts';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';

const KINDS: readonly IntermediaryKind[] = ['local-authority', 'trust'];
const BEYOND = [
  ['aware', 'Aware or beyond'],
  ['trained', 'Trained or beyond'],
  ['implementing', 'Implementing or beyond'],
  ['embedded', 'Embedded'],
] as const;

/**
 * Local authorities or trusts, each with its schools' engagement and its high-need schools not yet reached:
 * for those who read some area's or hub's statistics (sign in first; a school user is turned away).
 */
export function IntermediariesPage() {
  return (
    <RequireAccess permission="aggregate:read" within={INTERMEDIARY_READERS_WITHIN}>
      <Intermediaries />
    </RequireAccess>
  );
}

function Intermediaries() {
  const search = useSearch();
  const kind = kindFromSearch(search);
  const page = readPageParam(search);
  useDocumentTitle(`${KIND_NAMES[kind].many}: engagement`);
  const state = useApi(`intermediaries:${kind}:${String(page)}`, (signal) => getIntermediaries(kind, page, signal));
  return (
    <>
      <span className="govuk-caption-xl">Research School network</span>
      <h1 className="govuk-heading-xl">Local authorities and trusts</h1>
      <p className="govuk-body">
        How the schools of each local authority and each academy trust have taken up evidence, and how many of their high-need schools
        have not yet been reached.
      </p>
      <nav aria-label="Show local authorities or trusts">
        <ul className="govuk-list" id="kind-switch">
          {KINDS.map((k) => (
            <li key={k}>
              {k === kind ? (
                <strong aria-current="page">{KIND_NAMES[k].many}</strong>
              ) : (
                <a className="govuk-link" href={`/intermediaries?kind=${k}`}>
                  {KIND_NAMES[k].many}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ApiFailure error={state.error} />}
      {state.status === 'loaded' && <IntermediaryTable list={state.data} />}
    </>
  );
}

function IntermediaryTable({ list }: { list: IntermediaryList }) {
  const names = KIND_NAMES[list.kind];
  if (!list.membershipLoaded) {
    return list.kind === 'trust' ? (
      <div className="govuk-inset-text" id="no-membership">
        <p className="govuk-body">No trust membership is loaded, so schools cannot be grouped by trust yet.</p>
        <p className="govuk-body">
          Trusts come from the GIAS register: import an edubasealldata extract that has its trust columns, with{' '}
          <code>oa import schools-gias edubasealldata.csv</code>.
        </p>
      </div>
    ) : (
      <MissingDataNote missing="school-locations" id="no-membership">
        No school has a local authority yet.
      </MissingDataNote>
    );
  }
  if (list.total === 0) return <p className="govuk-body">None of the {names.many.toLowerCase()} works in your areas.</p>;
  return (
    <>
      {list.limitedToScope && <p className="govuk-body">Showing the {names.many.toLowerCase()} that work in your areas.</p>}
      <TableRegion>
        <table className="govuk-table" id="intermediaries">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {names.many}, most high-need schools not yet reached first (high-need: need score {String(list.highNeedScore)} or more)
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{names.one}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Schools</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">High-need</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">High-need not yet reached</th>
              {BEYOND.map(([level, label]) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={level}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.items.map((item) => (
              <Row key={item.code} kind={list.kind} item={item} />
            ))}
          </tbody>
        </table>
      </TableRegion>
      <PageOf list={list} pageSize={INTERMEDIARIES_PAGE_SIZE} noun={names.many.toLowerCase()} hrefFor={(n) => intermediariesPagePath(list.kind, n)} />
      <DownloadCsvLink href={intermediaryLinks.list(list.kind)} description={names.many.toLowerCase()} />
      {list.schoolsWithout > 0 && (
        <p className="govuk-body-s">
          {String(list.schoolsWithout)} open {list.schoolsWithout === 1 ? 'school is' : 'schools are'} in no {names.one.toLowerCase()} and not counted here.
        </p>
      )}
    </>
  );
}

function Row({ kind, item }: { kind: IntermediaryKind; item: IntermediarySummary }) {
  const atLeast = (level: string) => item.funnel.stages.find((s) => s.level === level)?.atLeast ?? 0;
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <a className="govuk-link" href={intermediaryHref(kind, item.code)}>
          {item.name ?? item.code}
        </a>{' '}
        <span className="govuk-body-s">({item.code})</span>
      </th>
      <td className="govuk-table__cell govuk-table__cell--numeric">{String(item.schools)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{String(item.highNeed)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{String(item.highNeedNotReached)}</td>
      {BEYOND.map(([level]) => (
        <td className="govuk-table__cell govuk-table__cell--numeric" key={level}>{String(atLeast(level))}</td>
      ))}
    </tr>
  );
}
