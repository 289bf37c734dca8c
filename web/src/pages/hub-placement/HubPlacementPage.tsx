import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { clearHubPlacement, getHubListing, placeHub, type HubListing, type PlacementWhere } from '../../api/hub-placement-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { Autocomplete } from '../../components/form/Autocomplete.tsx';
import { suggestSchools } from '../../api/suggestions.ts';

type Field = 'how' | 'urn' | 'postcode' | 'lat' | 'lon' | 'reason';
const FIELDS: readonly Field[] = ['how', 'urn', 'postcode', 'lat', 'lon', 'reason'];
const LABELS: Readonly<Record<Field, string>> = { how: 'Place it', urn: 'School', postcode: 'Postcode', lat: 'Latitude', lon: 'Longitude', reason: 'Reason' };
const HOW_CHOICES = [
  { value: 'school', text: 'At a school in the register' },
  { value: 'postcode', text: 'At a postcode' },
  { value: 'coordinates', text: 'At a latitude and longitude' },
] as const;

interface Values {
  how: string;
  urn: string;
  postcode: string;
  lat: string;
  lon: string;
  reason: string;
}

const hubPath = (id: string) => `/hubs/${encodeURIComponent(id)}`;
const isNumber = (text: string) => text.trim() !== '' && !Number.isNaN(Number(text));

/** The place the form names, or what is wrong with it, each against its field. */
function read(values: Values): { where: PlacementWhere | null; errors: FormErrors<Field> } {
  const fields: Partial<Record<Field, string>> = {};
  let where: PlacementWhere | null = null;
  if (values.how === 'school') {
    if (/^\d{6}$/.test(values.urn.trim())) where = { urn: Number(values.urn.trim()) };
    else fields.urn = 'Choose the school from the list, or enter its 6-digit URN, like 141257';
  } else if (values.how === 'postcode') {
    if (values.postcode.trim() !== '') where = { postcode: values.postcode.trim() };
    else fields.postcode = 'Enter a postcode, like BD3 7AU';
  } else if (values.how === 'coordinates') {
    if (!isNumber(values.lat)) fields.lat = 'Enter the latitude as a number of degrees, like 53.7947';
    if (!isNumber(values.lon)) fields.lon = 'Enter the longitude as a number of degrees, like -1.7537';
    if (fields.lat === undefined && fields.lon === undefined) where = { lat: Number(values.lat), lon: Number(values.lon) };
  } else {
    fields.how = 'Select where the hub is placed';
  }
  if (values.reason.trim() === '') fields.reason = 'Say why the hub is placed here, such as where its training is held';
  return { where, errors: { fields, form: null } };
}

/** /hubs/:id/placement: place a Research School its host cannot place (an alliance or trust, or a host with no location). */
export function HubPlacementPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="school:write" scopeRef={`hub:${id}`}>
      <PlacementLoader id={id} />
    </RequireAccess>
  );
}

function PlacementLoader({ id }: { id: string }) {
  const state = useApi(`hub-listing:${id}`, (signal) => getHubListing(id, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  const hub = state.data;
  if (hub === null) return <ApiFailure error={new ApiError(404, 'not_found', `There is no Research School with the id “${id}”`)} />;
  return <PlacementForm hub={hub} />;
}

function PlacementForm({ hub }: { hub: HubListing }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<Values>({ how: '', urn: '', postcode: '', lat: '', lon: '', reason: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const title = `Place ${hub.name}`;
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const fail = (found: FormErrors<Field>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const send = async (write: () => Promise<string>): Promise<void> => {
    setSubmitting(true);
    try {
      navigate(hubPath(hub.id), { flash: await write() });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, LABELS, 'The placement was not saved'));
    }
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const { where, errors: found } = read(values);
    if (hasErrors(found) || where === null) {
      fail(found);
      return;
    }
    await send(async () => `Placed ${hub.name} ${(await placeHub(hub.id, where, values.reason.trim())).basis}`);
  };
  const onClear = async (): Promise<void> => {
    if (submitting) return;
    if (values.reason.trim() === '') {
      fail({ fields: { reason: 'Say why the placement is removed' }, form: null });
      return;
    }
    await send(async () => {
      await clearHubPlacement(hub.id, values.reason.trim());
      return `Removed the placement of ${hub.name}`;
    });
  };
  const byProgramme = hub.placedBy?.startsWith('placed by the programme') === true;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={hubPath(hub.id)} className="govuk-back-link oa-back-link">
          Back to the hub
        </a>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, FIELDS)} />}
        <span className="govuk-caption-l">Research School</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          {hub.placed ? `Now placed ${hub.placedBy ?? ''}.` : `Not placed: ${hub.reason ?? 'its host cannot place it'}.`} Schools are assigned to hubs by distance, so a hub
          needs a place to work from. A placement here is used instead of the host school’s location.
        </p>
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <div id="how">
            {errors.fields.how !== undefined && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.fields.how}
              </p>
            )}
            <Radios name="how" legend={LABELS.how} options={HOW_CHOICES} value={values.how} onChange={set('how')} />
          </div>
          {values.how === 'school' && (
            <Autocomplete
              id="urn"
              label={LABELS.urn}
              hint="Start typing the school’s name or its URN; its location in the register is used"
              width="30"
              value={values.urn}
              onChange={set('urn')}
              search={suggestSchools}
              error={errors.fields.urn}
            />
          )}
          {values.how === 'postcode' && (
            <TextInput id="postcode" label={LABELS.postcode} hint="Its centroid from the imported postcode file is used" width="10" autoComplete="off" value={values.postcode} onChange={set('postcode')} error={errors.fields.postcode} />
          )}
          {values.how === 'coordinates' && (
            <>
              <TextInput id="lat" label={LABELS.lat} hint="Degrees north (WGS84), for example 53.7947" width="10" autoComplete="off" value={values.lat} onChange={set('lat')} error={errors.fields.lat} />
              <TextInput id="lon" label={LABELS.lon} hint="Degrees east (WGS84); west is negative, for example -1.7537" width="10" autoComplete="off" value={values.lon} onChange={set('lon')} error={errors.fields.lon} />
            </>
          )}
          <Textarea id="reason" label={LABELS.reason} hint="Why the hub is placed here, for example: the alliance holds its training at its lead school" value={values.reason} onChange={set('reason')} error={errors.fields.reason} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Save placement
            </button>
            {byProgramme && (
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void onClear()}>
                Remove the placement
              </button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
