import { useMemo } from 'react';
import { AUDIT_PAGE_SIZE, getAudit, getOpportunityAreas } from '../../api/client.ts';
import type { AuditList } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageOf, readPageParam } from '../../components/PageOf.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { auditApiPath, auditCsvPath, auditPagePath, hasAuditFilters, parseAuditFilters, type AuditFilters } from './audit-filters.ts';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';
import type { AreaNameOf } from './describe-entry.ts';

/** The audit log (national programme team only): who changed what, and when, filtered and paged. */
export function AuditPage() {
  return (
    <RequireAccess permission="audit:read">
      <AuditContent />
    </RequireAccess>
  );
}

function AuditContent() {
  useDocumentTitle('Audit log');
  const search = useSearch();
  const filters = parseAuditFilters(search);
  const page = readPageParam(search);
  const areas = useApi('opportunity-areas', getOpportunityAreas);
  const areaList = areas.status === 'loaded' ? areas.data.items : [];
  const areaNameOf = useMemo<AreaNameOf>(() => {
    const names = new Map(areaList.map((a) => [a.id, a.name]));
    return (id) => names.get(id);
  }, [areaList]);
  return (
    <>
      <h1 className="govuk-heading-xl">Audit log</h1>
      <p className="govuk-body oa-measure">
        Every change made in the service, and every sign-in and sign-out, with who made it. Open an entry’s details for everything
        recorded about it. Pupil numbers are never shown.
      </p>
      <AuditFilterForm key={search} filters={filters} areas={areaList} />
      <AuditResults filters={filters} page={page} areaNameOf={areaNameOf} />
    </>
  );
}

function AuditResults({ filters, page, areaNameOf }: { filters: AuditFilters; page: number; areaNameOf: AreaNameOf }) {
  const path = auditApiPath(filters, page, AUDIT_PAGE_SIZE);
  const state = useApi(path, (signal) => getAudit({ ...filters, page: page > 1 ? page : undefined, limit: AUDIT_PAGE_SIZE }, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <AuditEntries list={state.data} filters={filters} areaNameOf={areaNameOf} />;
}

function AuditEntries({ list, filters, areaNameOf }: { list: AuditList; filters: AuditFilters; areaNameOf: AreaNameOf }) {
  if (list.total === 0) {
    return <p className="govuk-body">{hasAuditFilters(filters) ? 'No entries match these filters.' : 'Nothing has been recorded yet.'}</p>;
  }
  return (
    <>
      <AuditTable entries={list.items} areaNameOf={areaNameOf} />
      <PageOf list={list} pageSize={list.limit} noun="entries" hrefFor={(p) => auditPagePath(filters, p)} />
      <DownloadCsvLink href={auditCsvPath(filters, list.page, list.limit)} description="these audit entries" />
    </>
  );
}
