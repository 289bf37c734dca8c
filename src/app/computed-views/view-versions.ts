import type { Services } from '../../storage/services/create-services.ts';

/** Reads the versions of everything the views are derived from (`services.dataVersion.viewVersionsReader()`). */
export type ViewVersionsReader = ReturnType<Services['dataVersion']['viewVersionsReader']>;

/** The versions of the data, the recipes and the edits a view was computed from. */
export type ViewVersions = Awaited<ReturnType<ViewVersionsReader>>;
