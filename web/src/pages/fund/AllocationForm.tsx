import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { confirmAllocation, previewAllocation } from '../../api/funding-client.ts';
import type { AllocationFormula, AllocationRunView } from '../../api/funding-types.ts';
import { ErrorSummary, type SummaryError } from '../../components/form/ErrorSummary.tsx';
import { hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Select } from '../../components/form/Select.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { formatMoney } from '../../format/format-money.ts';
import { ALLOCATION_FIELDS, toAllocationRequest, type AllocationField, type AllocationFormValues } from './allocation-form.ts';
import { useRecipientName } from './use-recipient-name.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const FORMULAS: readonly AllocationFormula[] = ['equal', 'proportional', 'base-plus'];
const INITIAL: AllocationFormValues = { formula: 'equal', recipients: '', measureName: '', base: '', floor: '', ceiling: '' };

/**
 * The national team shares the fund by formula: preview the amounts and each recipient's working, then
 * confirm to save the run (spend is then tracked against it).
 */
export function AllocationForm({ fundId, onConfirmed }: { fundId: string; onConfirmed: (message: string) => void }) {
  const [values, setValues] = useState(INITIAL);
  const [errors, setErrors] = useState<FormErrors<AllocationField>>(NO_ERRORS);
  const [lineProblems, setLineProblems] = useState<readonly string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [preview, setPreview] = useState<AllocationRunView | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: Exclude<AllocationField, 'formula'>) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setPreview(null);
  };
  const fail = (found: FormErrors<AllocationField>, lines: readonly string[] = []) => {
    setErrors(found);
    setLineProblems(lines);
    setAttempt((n) => n + 1);
  };

  const run = async (confirm: boolean): Promise<void> => {
    const { body, errors: found, recipientProblems } = toAllocationRequest(values);
    if (hasErrors(found)) {
      fail(found, recipientProblems);
      return;
    }
    setBusy(true);
    try {
      if (confirm) {
        const saved = await confirmAllocation(fundId, body);
        setPreview(null);
        fail(NO_ERRORS);
        onConfirmed(`Allocation confirmed (run ${String(saved.runId)}): ${formatMoney(saved.totalPence)} over ${String(saved.rows.length)} recipients`);
      } else {
        setPreview(await previewAllocation(fundId, body));
        fail(NO_ERRORS);
      }
    } catch (error) {
      fail({ fields: {}, form: error instanceof ApiError ? error.message : 'Sorry, there is a problem with the service. Try again later.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {hasErrors(errors) && <ErrorSummary key={attempt} errors={allocationSummary(errors, lineProblems)} />}
      <h2 className="govuk-heading-m">Allocate by formula</h2>
      <form noValidate onSubmit={(event) => { event.preventDefault(); void run(false); }}>
        <Select
          id="formula"
          label="Formula"
          options={[
            { value: 'equal', text: 'Equal shares' },
            { value: 'proportional', text: 'In proportion to a measure' },
            { value: 'base-plus', text: 'A fixed base, plus the rest in proportion to a measure' },
          ]}
          value={values.formula}
          onChange={(value) => {
            const formula = FORMULAS.find((f) => f === value);
            if (formula !== undefined) setValues((current) => ({ ...current, formula }));
            setPreview(null);
          }}
        />
        <Textarea
          id="recipients"
          label="Recipients and measures (optional for equal shares)"
          hint="One per line: the recipient, a comma, and its measure, for example blackpool,1234. Leave empty to share equally among the twelve areas."
          value={values.recipients}
          onChange={set('recipients')}
          error={errors.fields.recipients}
          rows={6}
        />
        <TextInput id="measureName" label="What the measure is (optional)" hint="For example, pupils eligible for free school meals" value={values.measureName} onChange={set('measureName')} />
        <TextInput id="base" label="Base for each recipient, in pounds (base-plus only)" width="10" value={values.base} onChange={set('base')} error={errors.fields.base} />
        <TextInput id="floor" label="Floor: the least any recipient gets, in pounds (optional)" width="10" value={values.floor} onChange={set('floor')} error={errors.fields.floor} />
        <TextInput id="ceiling" label="Ceiling: the most any recipient gets, in pounds (optional)" width="10" value={values.ceiling} onChange={set('ceiling')} error={errors.fields.ceiling} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
          Preview allocation
        </button>
      </form>
      {preview !== null && <AllocationPreview preview={preview} busy={busy} onConfirm={() => void run(true)} />}
    </>
  );
}

/** The error summary: each line of the recipients box that has a problem, then the other fields. */
function allocationSummary(errors: FormErrors<AllocationField>, lineProblems: readonly string[]): SummaryError[] {
  if (lineProblems.length === 0) return summaryErrors(errors, ALLOCATION_FIELDS);
  const others = summaryErrors({ ...errors, fields: { ...errors.fields, recipients: undefined } }, ALLOCATION_FIELDS);
  return [...lineProblems.map((message) => ({ message, href: '#recipients' })), ...others];
}

function AllocationPreview({ preview, busy, onConfirm }: { preview: AllocationRunView; busy: boolean; onConfirm: () => void }) {
  const nameOf = useRecipientName();
  const sum = preview.rows.reduce((s, r) => s + r.amountPence, 0);
  return (
    <>
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Preview: {formatMoney(preview.totalPence)} to allocate</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Recipient</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
              <th scope="col" className="govuk-table__header">Working</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {preview.rows.map((row) => (
              <tr key={row.recipient} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{nameOf(row.recipient)}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(row.amountPence)}</td>
                <td className="govuk-table__cell">
                  <details className="govuk-details govuk-!-margin-bottom-0">
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">How this was worked out</span>
                    </summary>
                    <div className="govuk-details__text">
                      <ol className="govuk-list govuk-list--number">
                        {row.working.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ol>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="govuk-body">
        The amounts add up to {formatMoney(sum)}. {String(preview.leftoverPennies)} leftover {preview.leftoverPennies === 1 ? 'penny was' : 'pennies were'} placed by
        largest remainder ({preview.tieBreak}).
      </p>
      <button type="button" className="govuk-button" disabled={busy} onClick={onConfirm}>
        Confirm this allocation
      </button>
    </>
  );
}
