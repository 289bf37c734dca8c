import type { UserView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { ROLE_LABELS } from '../../../../src/domain/access/roles.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

export function UsersTable({ users }: { users: readonly UserView[] }) {
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {users.length === 1 ? '1 user' : `${String(users.length)} users`}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Email address</th>
            <th scope="col" className="govuk-table__header">Role</th>
            <th scope="col" className="govuk-table__header">Can access</th>
            <th scope="col" className="govuk-table__header">Added</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((user) => (
            <UserRow key={user.email} user={user} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function UserRow({ user }: { user: UserView }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <a href={`/users/${String(user.id)}`} className="govuk-link">
          {user.email}
        </a>
        {user.name !== null && <span className="oa-cell-hint">{user.name}</span>}
        {user.isDemo && <span className="oa-cell-hint">Demo user</span>}
      </th>
      <td className="govuk-table__cell">{ROLE_LABELS[user.role]}</td>
      <td className="govuk-table__cell">
        {user.scope.length === 0
          ? 'Everything'
          : user.scope.map((ref) => (
              <p key={ref} className="govuk-body oa-value-line">
                {ref}
              </p>
            ))}
      </td>
      <td className="govuk-table__cell">{formatDateTime(user.createdAt)}</td>
      <td className="govuk-table__cell">
        {user.disabledAt === null ? (
          <strong className="govuk-tag govuk-tag--green">Active</strong>
        ) : (
          <>
            <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
            <span className="oa-cell-hint">{formatDateTime(user.disabledAt)}</span>
          </>
        )}
      </td>
    </tr>
  );
}
