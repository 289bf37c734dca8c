import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { recordSpend } from '../../api/funding-client.ts';
import type { SpendEntry } from '../../api/funding-types.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { formatMoney } from '../../format/format-money.ts';
import { useSession } from '../../session/session-context.ts';
import type { SpendContext } from '../../../../src/domain/funding/index.ts';
import { checkSpend, SPEND_FIELDS, SPEND_LABELS, spendErrorsFrom, type SpendField } from './spend-form.ts';
import { useRecipientName } from './use-recipient-name.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Autocomplete } from '../../components/form/Autocomplete.tsx';
import { suggestStrandCodes } from '../../api/suggestions.ts';

const EMPTY: SpendEntry = { recipient: '', kind: 'payment', spentOn: '', purpose: '', evidenceStrand: '', amount: '' };

/**
 * Record a commitment or payment against the fund, for one of the recipients the user may write for.
 * GOV.UK error summary and inline errors; on success the variance above is reloaded.
 */
export function SpendForm({ fundId, recipients, context, onSaved }: { fundId: string; recipients: readonly string[]; context: SpendContext; onSaved: (message: string) => void }) {
  const nameOf = useRecipientName();
  const { refresh } = useSession();
  const [values, setValues] = useState<SpendEntry>({ ...EMPTY, recipient: recipients.length === 1 ? (recipients[0] ?? '') : '' });
  const [errors, setErrors] = useState<FormErrors<SpendField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const set = (field: SpendField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fail = (found: FormErrors<SpendField>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    const found = checkSpend(values, context);
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    setSubmitting(true);
    try {
      const line = await recordSpend(fundId, values);
      setValues({ ...EMPTY, recipient: values.recipient });
      setErrors(NO_ERRORS);
      onSaved(
        line.status === 'pending_approval'
          ? `${formatMoney(line.amountPence)} for ${nameOf(line.recipient)} recorded: it waits for a second person to approve it`
          : `${formatMoney(line.amountPence)} for ${nameOf(line.recipient)} recorded`,
      );
    } catch (error) {
      if (error instanceof ApiError && (error.isSignInRequired || error.isForbidden)) {
        setRefusal(error);
        return;
      }
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(spendErrorsFrom(error));
    } finally {
      setSubmitting(false);
    }
  };

  if (refusal !== null) return <ApiFailure error={refusal} />;
  return (
    <>
      {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, SPEND_FIELDS)} />}
      <h2 className="govuk-heading-m">Record spend</h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Select
          id="recipient"
          label={SPEND_LABELS.recipient}
          options={[{ value: '', text: 'Choose a recipient' }, ...recipients.map((r) => ({ value: r, text: nameOf(r) }))]}
          value={values.recipient}
          onChange={set('recipient')}
        />
        {errors.fields.recipient !== undefined && <p className="govuk-error-message">{errors.fields.recipient}</p>}
        <Select
          id="kind"
          label={SPEND_LABELS.kind}
          options={[{ value: 'payment', text: 'Payment (money paid out)' }, { value: 'commitment', text: 'Commitment (money promised)' }]}
          value={values.kind}
          onChange={set('kind')}
        />
        <DateInput id="spentOn" label={SPEND_LABELS.spentOn} hint="For example, 2 10 2019" value={values.spentOn} onChange={set('spentOn')} error={errors.fields.spentOn} />
        <TextInput id="amount" label={SPEND_LABELS.amount} hint="In pounds and pence, for example 1250.50" width="10" autoComplete="off" value={values.amount} onChange={set('amount')} error={errors.fields.amount} />
        <TextInput id="purpose" label={SPEND_LABELS.purpose} autoComplete="off" value={values.purpose} onChange={set('purpose')} error={errors.fields.purpose} />
        <Autocomplete
          id="evidenceStrand"
          label={SPEND_LABELS.evidenceStrand}
          hint="The EEF Toolkit strand it puts into practice: start typing its name, for example metacognition"
          search={suggestStrandCodes}
          value={values.evidenceStrand}
          onChange={set('evidenceStrand')}
          error={errors.fields.evidenceStrand}
        />
        <button type="submit" className="govuk-button" disabled={submitting}>
          Record spend
        </button>
      </form>
    </>
  );
}
