/**
 * Published files `oa data download` knows, with where their publisher puts them. Only files with a stable
 * direct link have a `url`; for the rest the publisher's page changes its links with each release, so the
 * user gives the link with `--url ID=LINK` (the page says where to find it).
 */
export interface PublishedFile {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** The importer kind that loads it. */
  readonly kind: string;
  /** The publisher's page for the data set: where a person finds the current link. */
  readonly page: string;
  /** The direct link for a given day, or null when there is no stable one. */
  readonly url: ((day: Date) => string) | null;
  /** Older days to try when today's file is not out yet (daily extracts). */
  readonly fallbackDays: number;
  readonly fileName: (day: Date) => string;
  /** The file's character set as published; saved as UTF-8 whatever it was. */
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly licence: string;
}

const ymd = (day: Date) => day.toISOString().slice(0, 10).replaceAll('-', '');

export const CATALOGUE: readonly PublishedFile[] = [
  {
    id: 'gias-establishments',
    title: 'Get Information about Schools: all establishments (edubasealldata)',
    publisher: 'Department for Education',
    kind: 'schools-gias',
    page: 'https://get-information-schools.service.gov.uk/Downloads',
    url: (day) => `https://ea-edubasepublic.education.gov.uk/edubase/downloads/public/edubasealldata${ymd(day)}.csv`,
    fallbackDays: 3,
    fileName: (day) => `edubasealldata${ymd(day)}.csv`,
    encoding: 'windows-1252',
    licence: 'Open Government Licence v3.0',
  },
  {
    id: 'iod2019-lsoa',
    title: 'English Indices of Deprivation 2019: all scores, ranks, deciles and population denominators (File 7)',
    publisher: 'Ministry of Housing, Communities and Local Government',
    kind: 'iod2019-lsoa',
    page: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019',
    url: null,
    fallbackDays: 0,
    fileName: () => 'iod2019_file7_lsoa.csv',
    encoding: 'utf-8',
    licence: 'Open Government Licence v3.0',
  },
  {
    id: 'school-census',
    title: 'Schools, pupils and their characteristics: school level underlying data',
    publisher: 'Department for Education',
    kind: 'school-census',
    page: 'https://explore-education-statistics.service.gov.uk/find-statistics/school-pupils-and-their-characteristics',
    url: null,
    fallbackDays: 0,
    fileName: () => 'school_census_school_level.csv',
    encoding: 'utf-8',
    licence: 'Open Government Licence v3.0',
  },
  {
    id: 'lad-boundaries',
    title: 'Local Authority Districts boundaries (GeoJSON, generalised)',
    publisher: 'Office for National Statistics (Open Geography Portal)',
    kind: 'boundaries',
    page: 'https://geoportal.statistics.gov.uk/',
    url: null,
    fallbackDays: 0,
    fileName: () => 'lad_boundaries.geojson',
    encoding: 'utf-8',
    licence: 'Open Government Licence v3.0; contains OS data © Crown copyright and database right',
  },
];
