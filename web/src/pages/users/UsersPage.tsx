import { csvLinks, getUsers, USERS_PAGE_SIZE, usersPagePath } from '../../api/client.ts';
import type { UserList } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useFlash } from '../../router/use-flash.ts';
import { PageOf, readPageParam } from '../../components/PageOf.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
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
  const page = readPageParam(useSearch());
  const state = useApi(`users:${String(page)}`, (signal) => getUsers(page, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <UsersContent users={state.status === 'loaded' ? state.data : null} />;
}

/** The users page, with `users` null while they load. */
function UsersContent({ users }: { users: UserList | null }) {
  useDocumentTitle('Users');
  // Set by a user's page after a change.
  const flash = useFlash();
  return (
    <>
      {flash !== null && <SuccessBanner message={flash} />}
      <h1 className="govuk-heading-xl">Users</h1>
      <p className="govuk-body oa-measure">
        Everyone who can sign in, with their role and the areas, Research School hubs and schools it covers.
        Choose someone’s email to change their role or access, or to disable them. Every change is in the audit log.
      </p>
      <a href="/users/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Add a user
      </a>
      {users === null && <Loading />}
      {users?.total === 0 && <p className="govuk-body">No users have been added yet.</p>}
      {users !== null && users.total > 0 && (
        <>
          {users.items.length > 0 && <UsersTable users={users.items} />}
          <PageOf list={users} pageSize={USERS_PAGE_SIZE} noun="users" hrefFor={usersPagePath} />
          <DownloadCsvLink href={csvLinks.users} description="users" />
        </>
      )}
    </>
  );
}
