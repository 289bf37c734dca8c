import type { AreaPlan } from '../../api/plans-types.ts';
import { formatDate } from '../../format/format-date.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** The partnership board: chair and members by sector, and each meeting's papers and decisions log. */
export function BoardSection({ areaId, board, canEdit }: { areaId: string; board: AreaPlan['board']; canEdit: boolean }) {
  return (
    <section aria-labelledby="board-heading">
      <h2 className="govuk-heading-l" id="board-heading">
        Partnership board
      </h2>
      <p className="govuk-body">Chair: {board.chair ?? 'not recorded'}</p>
      {canEdit && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/areas/${encodeURIComponent(areaId)}/board/members/new`}>Add a board member</a>
          {' · '}
          <a className="govuk-link" href={`/areas/${encodeURIComponent(areaId)}/board/meetings/new`}>Record a board meeting</a>
        </p>
      )}
      {board.members.length === 0 ? (
        <p className="govuk-body">No members recorded.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {board.members.map((m) => (
            <li key={`${m.name}/${m.organisation}`}>
              {m.name}, {m.organisation} ({m.sector})
            </li>
          ))}
        </ul>
      )}
      {board.moreMembers && <p className="govuk-body">These are the first {board.members.length} members by sector and name; more are recorded.</p>}
      {board.moreMeetings && (
        <div className="govuk-inset-text">These are the newest {board.meetings.length} meetings; older meetings are recorded too, and are in the audit log.</div>
      )}
      {board.meetings.map((meeting) => (
        <div key={meeting.heldOn}>
          <h3 className="govuk-heading-s">Meeting on {formatDate(meeting.heldOn)}</h3>
          {meeting.papers.length > 0 && <p className="govuk-body">Papers: {meeting.papers.join('; ')}</p>}
          {meeting.decisions.length > 0 && (
            <TableRegion>
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Decisions of {formatDate(meeting.heldOn)}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Decision</th>
                    <th scope="col" className="govuk-table__header">Owner</th>
                    <th scope="col" className="govuk-table__header">Due</th>
                    <th scope="col" className="govuk-table__header">Done</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {meeting.decisions.map((d) => (
                    <tr key={`${d.decision}/${d.dueOn}`} className="govuk-table__row">
                      <td className="govuk-table__cell">{d.decision}</td>
                      <td className="govuk-table__cell">{d.owner}</td>
                      <td className="govuk-table__cell">{formatDate(d.dueOn)}</td>
                      <td className="govuk-table__cell">{d.doneOn === null ? 'Open' : formatDate(d.doneOn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </div>
      ))}
    </section>
  );
}
