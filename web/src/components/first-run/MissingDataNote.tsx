import type { ReactNode } from 'react';
import { FOLDER_NOTE, HOW_TO_FILL, type MissingData } from './how-to-fill.ts';

/**
 * What an empty part of the service says on a fresh install: what is missing (`children`), and the exact
 * commands that fill it, or a page of this service that does (`page`).
 * `<MissingDataNote missing="indicators">No indicators have been loaded yet, so there is nothing to map.</MissingDataNote>`
 */
export function MissingDataNote({ missing, children, page, id }: { missing?: MissingData; children: ReactNode; page?: ReactNode; id?: string }) {
  const fill = missing === undefined ? undefined : HOW_TO_FILL[missing];
  return (
    <div className="govuk-inset-text oa-missing-data" id={id}>
      <p className="govuk-body">{children}</p>
      {page !== undefined && <p className="govuk-body">{page}</p>}
      {fill !== undefined && (
        <p className="govuk-body">
          {page === undefined ? 'Whoever runs the service loads' : 'Whoever runs the service can also load'} {fill.what} with{' '}
          {fill.commands.map((command, i) => (
            <span key={command}>
              {i > 0 && ' then '}
              <code className="oa-command">{command}</code>
            </span>
          ))}
          .{fill.commands.some((command) => command.includes('FOLDER')) && ` ${FOLDER_NOTE}`}
        </p>
      )}
    </div>
  );
}
