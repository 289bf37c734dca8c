import { register, type RegisteredImporter } from '../registry.ts';
import { imd2015LsoaImporter } from './deprivation/imd2015-lsoa.importer.ts';
import { iod2019LsoaImporter } from './deprivation/iod2019-lsoa.importer.ts';
import { boundariesImporter } from './geography/boundaries.importer.ts';
import { districtsImporter } from './geography/districts.importer.ts';
import { educationAuthoritiesImporter } from './geography/education-authorities.importer.ts';
import { areaIndicatorsImporter } from './indicators/area-indicators.importer.ts';
import { laitBdsImporter } from './la-timeseries/lait-bds.importer.ts';
import { ks2ResultsImporter } from './schools/ks2-results.importer.ts';
import { ks4DestinationsImporter } from './schools/ks4-destinations.importer.ts';
import { ks4ResultsImporter } from './schools/ks4-results.importer.ts';
import { postcodesImporter } from './schools/postcodes.importer.ts';
import { schoolCensusImporter } from './schools/school-census.importer.ts';
import { schoolLocationsImporter } from './schools/school-locations.importer.ts';
import { schoolsGiasImporter } from './schools/schools-gias.importer.ts';
import { schoolsImporter } from './schools/schools.importer.ts';
import { toolkitCostScaleImporter, toolkitEffectSizesImporter } from './toolkit/toolkit-scales.importer.ts';
import { toolkitStrandsImporter } from './toolkit/toolkit-strands.importer.ts';
import { eventAttendanceImporter } from './research-network/event-attendance.importer.ts';
import { guidanceReportsImporter } from './research-network/guidance-reports.importer.ts';
import { researchEventsImporter } from './research-network/research-events.importer.ts';

/** Every importer `oa import` knows, by kind. */
export const IMPORTERS: readonly RegisteredImporter[] = [
  register(toolkitStrandsImporter),
  register(toolkitCostScaleImporter),
  register(toolkitEffectSizesImporter),
  register(postcodesImporter),
  register(schoolsImporter),
  register(schoolsGiasImporter),
  register(schoolLocationsImporter),
  register(schoolCensusImporter),
  register(ks2ResultsImporter),
  register(ks4ResultsImporter),
  register(ks4DestinationsImporter),
  register(educationAuthoritiesImporter),
  register(districtsImporter),
  register(boundariesImporter),
  register(imd2015LsoaImporter),
  register(iod2019LsoaImporter),
  register(areaIndicatorsImporter),
  laitBdsImporter,
  register(researchEventsImporter),
  register(eventAttendanceImporter),
  register(guidanceReportsImporter),
];

export function findImporter(kind: string): RegisteredImporter | undefined {
  return IMPORTERS.find((i) => i.kind === kind);
}
