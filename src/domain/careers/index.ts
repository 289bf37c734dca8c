export { ENCOUNTER_TYPES, ENCOUNTER_TYPE_LABELS, parseEncounterType, type EncounterType } from './encounter-type.ts';
export { parseUpn, upnCheckLetter } from './upn.ts';
export { academicYearOf, firstSecondaryYear, formatAcademicYear, parseAcademicYear } from './academic-year.ts';
export { DEFAULT_RULE, DEFAULT_TARGET, YEAR_GROUPS, assertRule, isYearGroup, reachesTarget, type CoverageRule } from './coverage-rule.ts';
export { tallyPupil, type CoveragePupil, type PupilTally } from './pupil-coverage.ts';
export { shareOf, summariseCoverage, type CoverageCount, type CoverageGroup, type CoverageTallyRow } from './summarise-coverage.ts';
export { PUBLISHED_COLUMNS, publishCoverage, type PublishedCoverage, type PublishedCoverageRow } from './publish-coverage.ts';
export { bruteForceCoverage, type LedgerEntry } from './brute-force-coverage.ts';
export { generateSyntheticCareers, isoDateOf, syntheticPseudonym, type SyntheticBatch, type SyntheticSettings } from './synthetic-careers.ts';
