import { register, type RegisteredImporter } from '../registry.ts';
import { toolkitCostScaleImporter, toolkitEffectSizesImporter } from './toolkit/toolkit-scales.importer.ts';
import { toolkitStrandsImporter } from './toolkit/toolkit-strands.importer.ts';

/** Every importer `oa import` knows, by kind. */
export const IMPORTERS: readonly RegisteredImporter[] = [
  register(toolkitStrandsImporter),
  register(toolkitCostScaleImporter),
  register(toolkitEffectSizesImporter),
];

export function findImporter(kind: string): RegisteredImporter | undefined {
  return IMPORTERS.find((i) => i.kind === kind);
}
