import type { Wave } from '../api/types.ts';

export function WaveTag({ wave }: { wave: Wave }) {
  return <strong className={wave === 1 ? 'govuk-tag' : 'govuk-tag govuk-tag--purple'}>Wave {wave}</strong>;
}
