import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { convertEffectSize } from '../../api/public-data-client.ts';
import type { EffectSizeConversion } from '../../api/public-data-types.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { formatDecimal } from '../../format/format-number.ts';

type Outcome = { kind: 'result'; input: string; conversion: EffectSizeConversion } | { kind: 'error'; message: string } | null;

const EFFECT_SIZE = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Converts an effect size to months of additional progress with the EEF's table. */
export function EffectSizeConverter() {
  const [value, setValue] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const input = value.trim();
    if (!EFFECT_SIZE.test(input) || Math.abs(Number(input)) > 5) {
      setOutcome({ kind: 'error', message: 'Enter an effect size between -5 and 5, like 0.4' });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const conversion = await convertEffectSize({ effectSize: input }, new AbortController().signal);
      setOutcome({ kind: 'result', input, conversion });
    } catch (error) {
      const message = error instanceof ApiError && error.isNotFound ? 'The EEF’s table of effect sizes has not been loaded, so effect sizes cannot be converted yet' : 'The effect size could not be converted. Try again later';
      setOutcome({ kind: 'error', message });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const error = outcome?.kind === 'error' ? outcome.message : undefined;
  return (
    <section aria-labelledby="effect-size-heading" className="oa-measure">
      <h2 className="govuk-heading-m" id="effect-size-heading">
        Convert an effect size to months of progress
      </h2>
      <p className="govuk-body">The EEF turns the effect size of a study into the months of additional progress pupils made, using its own table.</p>
      {error !== undefined && <ErrorSummary key={attempt} errors={[{ message: error, href: '#effectSize' }]} />}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput id="effectSize" label="Effect size" hint="For example, 0.4" width="5" value={value} onChange={setValue} error={error} autoComplete="off" />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
          Convert
        </button>
      </form>
      {outcome?.kind === 'result' && (
        <div className="govuk-inset-text" role="status">
          {outcome.conversion.months === null
            ? `An effect size of ${formatDecimal(Number(outcome.input), 2)} is outside the EEF’s table.`
            : `An effect size of ${formatDecimal(Number(outcome.input), 2)} is about ${String(outcome.conversion.months)} ${Math.abs(outcome.conversion.months) === 1 ? 'month' : 'months'} of additional progress.`}
        </div>
      )}
    </section>
  );
}
