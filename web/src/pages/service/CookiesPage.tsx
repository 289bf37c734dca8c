import { useDocumentTitle } from '../../components/use-document-title.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

export function CookiesPage() {
  useDocumentTitle('Cookies');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Cookies</h1>
        <p className="govuk-body">
          Cookies are small files saved on your device when you use a website. This service uses one, and only when you sign in. It sets no
          analytics or advertising cookies, so it does not ask for your consent.
        </p>
        <h2 className="govuk-heading-m">Essential cookie</h2>
        <TableRegion>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">The cookie this service sets</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Purpose
                </th>
                <th scope="col" className="govuk-table__header">
                  Expires
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <code>oa_session</code>
                </th>
                <td className="govuk-table__cell">Keeps you signed in. It cannot be read by the page’s scripts and is sent only to this service.</td>
                <td className="govuk-table__cell">8 hours after you sign in, or when you sign out</td>
              </tr>
            </tbody>
          </table>
        </TableRegion>
        <p className="govuk-body">Pages you can see without signing in set no cookie at all.</p>
      </div>
    </div>
  );
}
