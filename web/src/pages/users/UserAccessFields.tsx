import type { OpportunityAreaSummary, Role } from '../../api/types.ts';
import { suggestSchools } from '../../api/suggestions.ts';
import { Autocomplete } from '../../components/form/Autocomplete.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { ROLE_LABELS } from '../../../../src/domain/access/roles.ts';
import { SCOPE_KIND, USER_LABELS, type UserField, type UserFormValues } from './user-form.ts';

const ROLE_HINTS: Readonly<Record<Role, string>> = {
  admin: 'Everything, including managing users',
  analyst: 'Reads everything, as totals only (no pupil-level records)',
  area_lead: 'Reads and updates their Opportunity Areas',
  hub_lead: 'Their Research School and the schools it serves',
  school: 'Their school, including its pupil-level records',
  board_viewer: 'Reads their area’s board report and totals',
};
const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({ value: role, text: `${ROLE_LABELS[role]}: ${ROLE_HINTS[role]}` }));

/** The role radios and, below them, the scope the chosen role needs: areas, a Research School or a school. */
export function UserAccessFields({
  values,
  errors,
  areas,
  onChange,
}: {
  values: UserFormValues;
  errors: Partial<Record<UserField, string>>;
  areas: readonly OpportunityAreaSummary[];
  onChange: (change: Partial<UserFormValues>) => void;
}) {
  const kind = values.role === '' ? null : SCOPE_KIND[values.role];
  const hubs = areas.flatMap((a) => (a.researchSchool === null ? [] : [{ value: a.researchSchool.id, text: `${a.researchSchool.name} (${a.name})` }]));
  return (
    <>
      <div id="role" className={errors.role === undefined ? undefined : 'govuk-form-group--error'}>
        {errors.role !== undefined && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.role}
          </p>
        )}
        <Radios name="role" legend={USER_LABELS.role} options={ROLE_OPTIONS} value={values.role} onChange={(role) => { onChange({ role: role as Role }); }} />
      </div>
      {kind === 'area' && (
        <Checkboxes
          name="scope"
          legend="Opportunity Areas they cover"
          options={areas.map((a) => ({ value: a.id, text: a.name }))}
          values={values.areas}
          onChange={(chosen) => { onChange({ areas: chosen }); }}
          error={errors.scope}
        />
      )}
      {kind === 'hub' && (
        <Select
          id="scope"
          label="Research School they lead"
          options={[{ value: '', text: 'Choose a Research School' }, ...hubs]}
          value={values.hub}
          onChange={(hub) => { onChange({ hub }); }}
          error={errors.scope}
        />
      )}
      {kind === 'school' && (
        <Autocomplete
          id="scope"
          label="Their school"
          hint="Start typing the school’s name or its URN"
          width="30"
          value={values.school}
          onChange={(school) => { onChange({ school }); }}
          search={suggestSchools}
          error={errors.scope}
        />
      )}
      {kind === null && values.role !== '' && <p className="govuk-body">This role covers every area, Research School and school.</p>}
    </>
  );
}
