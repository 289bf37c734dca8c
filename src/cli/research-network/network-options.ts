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

/** `--hub-within blackpool-research-school=25,derby-research-school=15` → each hub's own distance in km. */
export function parseHubDistances(value: string): ReadonlyMap<string, number> {
  const distances = new Map<string, number>();
  for (const pair of value.split(',')) {
    const [id = '', km = ''] = pair.split('=').map((s) => s.trim());
    const n = Number(km);
    if (id === '' || km === '' || !Number.isFinite(n) || n < 0 || n > 1000) throw new InvalidArgumentError('Write hub distances as hub-id=km pairs, each from 0 to 1000, e.g. blackpool-research-school=25');
    distances.set(id, n);
  }
  return distances;
}

/** The hub's own radius in metres from `--hub-within`, or undefined for the network's. */
export const radiusOf = (distances: ReadonlyMap<string, number> | undefined, hubId: string): number | undefined => {
  const km = distances?.get(hubId);
  return km === undefined ? undefined : km * 1000;
};
