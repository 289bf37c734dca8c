import { csvLinks, getAudit } from '../../api/client.ts';
import type { AuditEntryView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { AuditTable } from './AuditTable.tsx';

/** The audit log (national programme team only): who changed what, and when. */
export function AuditPage() {
  return (
    <RequireAccess permission="audit:read">
      <AuditLoader />
    </RequireAccess>
  );
}

function AuditLoader() {
  const state = useApi('audit', getAudit);
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <AuditContent entries={state.status === 'loaded' ? state.data.items : null} />;
}

/** The audit page, with `entries` null while they load. */
function AuditContent({ entries }: { entries: readonly AuditEntryView[] | null }) {
  useDocumentTitle('Audit log');
  return (
    <>
      <h1 className="govuk-heading-xl">Audit log</h1>
      <p className="govuk-body oa-measure">
        Every change made in the service, and every sign-in and sign-out, with who made it. The download has the
        same entries, with each change in full.
      </p>
      {entries === null && <Loading />}
      {entries?.length === 0 && <p className="govuk-body">Nothing has been recorded yet.</p>}
      {entries !== null && entries.length > 0 && (
        <>
          <AuditTable entries={entries} />
          <DownloadCsvLink href={csvLinks.audit} description="the audit log" />
        </>
      )}
    </>
  );
}
