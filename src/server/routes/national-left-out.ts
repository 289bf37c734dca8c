import { nationalLeftOut as describeNational, type LeftOut } from '../../domain/places/index.ts';
import type { ViewVersionsReader } from '../../app/computed-views/view-versions.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { leftOutSchema } from './shared-schemas.ts';

/**
 * The open state-funded schools in England with no district, in the one sentence district views (index,
 * map, twins) show beside their figures, linking to the About the data page (docs/methodology.md §6.9).
 */
export async function nationalLeftOut(services: Services): Promise<LeftOut> {
  let kept = keptByServices.get(services);
  if (kept === undefined) {
    kept = { versions: services.dataVersion.viewVersionsReader(), last: null };
    keptByServices.set(services, kept);
  }
  const entry = kept;
  const { data, edits } = await entry.versions();
  const key = `${data}#${edits}`;
  if (entry.last?.key !== key) {
    const value = services.unplacedSchools.countUnplacedNationally().then(({ unplaced, total }) => describeNational(unplaced, total));
    entry.last = { key, value };
    value.catch(() => {
      if (entry.last?.value === value) entry.last = null;
    });
  }
  return entry.last.value;
}

/**
 * The line as last counted, per set of services (one per server), while nothing is imported and no change is made through the
 * service (the view versions): counting every open school by type scans the register, about 40 ms on the
 * shared data, and the map, the index and the twins each asked for it on every request. Schools are placed in
 * districts only by an import or by `oa schools place`, which is audited, so either moves the key.
 */
const keptByServices = new WeakMap<Services, { readonly versions: ViewVersionsReader; last: { readonly key: string; readonly value: Promise<LeftOut> } | null }>();

export const nationalLeftOutSchema = leftOutSchema.describe(
  'Open state-funded schools in England with no district: district figures built from schools do not count them (GET /api/schools/placement lists them)',
);
