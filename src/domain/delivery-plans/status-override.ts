import { err, ok, type Result } from '../shared/result.ts';
import { MEASURE_STATUSES, type StatusOverride } from './measure.ts';

/**
 * Checks a hand-chosen status: it must be one the rule could give (not "no data") and come with a reason,
 * so a measure is never coloured by hand without saying why.
 */
export function parseStatusOverride(status: string, reason: string): Result<StatusOverride, { field: 'status' | 'reason'; message: string }> {
  if (!(MEASURE_STATUSES as readonly string[]).includes(status) || status === 'no_data') {
    return err({ field: 'status', message: 'Choose on track, at risk or off track' });
  }
  const trimmed = reason.trim();
  if (trimmed === '') return err({ field: 'reason', message: 'Say why the status is set by hand rather than by the rule' });
  if (trimmed.length > 500) return err({ field: 'reason', message: 'The reason must be 500 characters or fewer' });
  return ok({ status: status as StatusOverride['status'], reason: trimmed });
}
