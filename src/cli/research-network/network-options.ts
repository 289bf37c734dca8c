import { InvalidArgumentError } from 'commander';
import { validateNeedWeights, type NeedWeights } from '../../domain/research-network/index.ts';

/** `--weights fsm=0.4,attainment=0.4` → the need weights, others at their defaults. */
export function parseWeights(value: string): NeedWeights {
  const entries: [string, number][] = [];
  for (const pair of value.split(',')) {
    const [name = '', figure = ''] = pair.split('=').map((s) => s.trim());
    if (name === '' || figure === '' || !Number.isFinite(Number(figure))) throw new InvalidArgumentError('Write weights as name=number pairs, e.g. fsm=0.4,attainment=0.4');
    entries.push([name, Number(figure)]);
  }
  const checked = validateNeedWeights(Object.fromEntries(entries));
  if (!checked.ok) throw new InvalidArgumentError(checked.error);
  return checked.value;
}

export const numberFrom = (name: string, min: number, max: number, whole: boolean) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < min || n > max) {
    throw new InvalidArgumentError(`${name} must be a ${whole ? 'whole ' : ''}number from ${String(min)} to ${String(max)}.`);
  }
  return n;
};
