import { ApiError } from '../../api/api-error.ts';

// The words themselves are the domain's, so the board report says the same as the page.
export { impactInWords } from '../../../../src/domain/impact/index.ts';

/** Why there is no estimate, in words for the programme team: a store without the LA time series says how to fill it. */
export function impactUnavailable(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The estimate could not be loaded.';
  if (error.code === 'unknown-measure') {
    return 'No estimate yet: the LA time series these figures come from has not been loaded. Whoever runs the service can load it with oa import lait-bds (the DfE LAIT benchmarking file).';
  }
  return `No estimate: ${error.message}.`;
}
