import { csvLinks, getUsers } from '../../api/client.ts';
import type { UserView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { UsersTable } from './UsersTable.tsx';

/** Everyone who can sign in, with their role and what it covers (national programme team only). */
export function UsersPage() {
  return (
    <RequireAccess permission="users:manage">
      <UsersLoader />
    </RequireAccess>
  );
}

function UsersLoader() {
  const state = useApi('users', getUsers);
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <UsersContent users={state.status === 'loaded' ? state.data.items : null} />;
}

/** The users page, with `users` null while they load. */
function UsersContent({ users }: { users: readonly UserView[] | null }) {
  useDocumentTitle('Users');
  return (
    <>
      <h1 className="govuk-heading-xl">Users</h1>
      <p className="govuk-body oa-measure">
        Everyone who can sign in, with their role and the areas, Research School hubs and schools it covers.
        Users are added and disabled with the <code>oa users</code> command.
      </p>
      {users === null && <Loading />}
      {users?.length === 0 && <p className="govuk-body">No users have been added yet.</p>}
      {users !== null && users.length > 0 && (
        <>
          <UsersTable users={users} />
          <DownloadCsvLink href={csvLinks.users} description="users" />
        </>
      )}
    </>
  );
}
