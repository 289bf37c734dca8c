/**
 * The public-data API's replies (schools, places, indicators, the EEF Toolkit, the index and twins), as aliases
 * of the schemas generated from openapi.json (see /api/docs). Figures are null where the publisher gave none;
 * `markers` then holds the code it used.
 */

import type { MultiPolygon, Polygon } from 'geojson';
import type { Reply, Schemas } from './http.ts';

/** Where a group of figures came from: the published file and when it was loaded (ISO timestamp). */
export type SourceRef = Schemas['SourceRef'];
/** Columns published as a code instead of a figure, by column name: `{ pct_eal: 'SUPP' }`. */
export type Markers = Record<string, string>;
export type SchoolSummary = Schemas['SchoolSummary'];
export type OpportunityAreaRef = NonNullable<SchoolSummary['opportunityArea']>;
/** Schools a view could not count (docs/methodology.md §6.9), with the sentence to show; note is null when none. */
export type LeftOut = Schemas['LeftOut'];
export type SchoolList = Reply<'/api/schools'>;
export type SchoolProfile = Schemas['SchoolProfile'];
export type SchoolPlacementReport = Schemas['SchoolPlacementReport'];
export type SchoolPlacement = SchoolProfile['placement'];
export type PlaceRef = NonNullable<SchoolProfile['district']>;
export type CensusFigures = SchoolProfile['census'][number];
export type Ks2Figures = SchoolProfile['ks2'][number];
export type Ks4Figures = SchoolProfile['ks4'][number];
export type DestinationFigures = SchoolProfile['destinations'][number];
export type AreaSummary = Schemas['AreaSummary'];
export type AreaKind = AreaSummary['kind'];
export type FigureEvidence = Schemas['FigureEvidence'];
export type AreaDetail = Schemas['AreaDetail'];
export type AreaIndicator = AreaDetail['indicators'][number];
export type Indicator = Schemas['Indicator'];
export type IndicatorList = Reply<'/api/indicators'>;
export type IndicatorValues = Reply<'/api/indicators/{code}'>;
export type IndicatorValue = IndicatorValues['values'][number];
export type ToolkitStrand = Schemas['ToolkitStrand'];
export type ToolkitStrandList = Reply<'/api/toolkit/strands'>;
export type EffectSizeConversion = Reply<'/api/toolkit/effect-size'>;
export type IndexResult = Reply<'/api/index'>;
export type IndexStage = IndexResult['recipe']['stages'][number];
export type IndexedArea = Schemas['IndexedArea'];
export type IndexAreaExplanation = Reply<'/api/index/areas/{code}'>;
export type AreaTwins = Reply<'/api/twins/areas/{code}'>;
export type TwinNeighbour = Schemas['TwinNeighbour'];

/*
 * Boundaries come as GeoJSON or TopoJSON (GET /api/boundaries), which the API document leaves untyped:
 * these are the GeoJSON standard's own types (@types/geojson) with the properties the API sets on each feature.
 */
export interface BoundaryFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string };
  geometry: Polygon | MultiPolygon;
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

/** England's districts already projected by the server: coordinates are the map's own, `width` by `height` SVG units. */
export interface ProjectedBoundaries {
  readonly width: number;
  readonly height: number;
  readonly collection: BoundaryCollection;
}
