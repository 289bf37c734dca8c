import { getSchools } from '../../api/public-data-client.ts';
import { useApi } from '../../api/use-api.ts';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';

/** A URN not in the register; on a fresh install, where no register is loaded yet, it says what loads one. */
export function SchoolNotFound({ urn }: { urn: string }) {
  useDocumentTitle('School not found');
  const register = useApi('schools:any', (signal) => getSchools({ pageSize: 1 }, signal));
  return (
    <>
      <h1 className="govuk-heading-l">School not found</h1>
      <p className="govuk-body">There is no school with URN {urn} in the register of schools.</p>
      {register.status === 'loaded' && register.data.total === 0 ? (
        <MissingDataNote missing="school-register" id="school-missing-data">
          No schools yet: the register of schools has not been loaded.
        </MissingDataNote>
      ) : (
        <p className="govuk-body">
          Check the URN, or <a className="govuk-link" href="/schools">find the school by its name</a>.
        </p>
      )}
    </>
  );
}
