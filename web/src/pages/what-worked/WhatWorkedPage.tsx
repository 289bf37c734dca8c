import { useState, type SubmitEvent } from 'react';
import { searchWhatWorked } from '../../api/plans-client.ts';
import type { WhatWorkedEntry } from '../../api/plans-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { formatMoney } from '../../format/format-money.ts';
import { useFlash } from '../../router/use-flash.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { holdsEverywhere, yourPlaces } from '../../session/your-places.ts';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';

/** The what-worked library, shared across all areas so each can learn from the others. */
export function WhatWorkedPage() {
  return (
    <RequireAccess permission="signed_in">
      <WhatWorked />
    </RequireAccess>
  );
}

function WhatWorked() {
  useDocumentTitle('What worked');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const state = useApi(`what-worked:${q}`, (signal) => searchWhatWorked(q, signal));
  // Set by the new-entry form after a save.
  const flash = useFlash();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQ(draft);
  };
  return (
    <>
      {flash !== null && <SuccessBanner message={flash} />}
      <h1 className="govuk-heading-xl">What worked</h1>
      <p className="govuk-body">Short accounts from every Opportunity Area of what was done, for whom, what it cost and what happened.</p>
      <form className="govuk-!-margin-bottom-6" role="search" onSubmit={onSubmit}>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="q">Search the library</label>
          <div className="govuk-hint" id="q-hint">Every word must appear, for example “maths mastery”</div>
          <input className="govuk-input govuk-input--width-30" id="q" name="q" type="search" aria-describedby="q-hint" value={draft} onChange={(e) => { setDraft(e.target.value); }} />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">Search</button>
      </form>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ApiFailure error={state.error} />}
      {state.status === 'loaded' && state.data.more && (
        <div className="govuk-inset-text">These are the newest {state.data.items.length} entries of more that match: search for words to narrow the list.</div>
      )}
      {state.status === 'loaded' && <Entries items={state.data.items} q={q} />}
    </>
  );
}

/** The empty library says where entries are added: the user's own areas, or any area's delivery plan page. */
function NoEntriesYet() {
  const { user, can } = useSession();
  const areas = yourPlaces(user).filter((place) => place.kind === 'area' && can('area:write', `area:${place.id}`));
  const nationally = holdsEverywhere(user, 'area:write');
  return (
    <MissingDataNote
      id="what-worked-missing-data"
      page={
        areas.length > 0 ? (
          <>
            {areas.map((area) => (
              <a key={area.id} className="govuk-link" href={`/areas/${encodeURIComponent(area.id)}/what-worked/new`}>
                Add an entry for your area
              </a>
            ))}
          </>
        ) : nationally ? (
          <>
            Add one from an Opportunity Area’s delivery plan page (“Add to the what-worked library”), starting from{' '}
            <a className="govuk-link" href="/">
              the list of areas
            </a>
            .
          </>
        ) : (
          'Each area’s lead adds them from the area’s delivery plan page.'
        )
      }
    >
      No entries yet: the library fills as each Opportunity Area records what it did and what happened.
    </MissingDataNote>
  );
}

function Entries({ items, q }: { items: WhatWorkedEntry[]; q: string }) {
  if (items.length === 0 && q === '') return <NoEntriesYet />;
  if (items.length === 0) return <p className="govuk-body">No entries contain every word of “{q}”.</p>;
  return (
    <>
      {items.map((entry) => (
        <div key={entry.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{entry.what}</h2>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              {([
                ['Area', entry.areaName],
                ['Where', entry.where],
                ['For whom', entry.forWhom],
                ['Cost', entry.costPence === null ? 'Not given' : formatMoney(entry.costPence)],
                ['Evidence', entry.evidenceStrand],
                ['Result', entry.result],
                ['Contact', entry.contact],
              ] as const).map(([key, value]) => (
                <div key={key} className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{key}</dt>
                  <dd className="govuk-summary-list__value">{value}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      ))}
    </>
  );
}
