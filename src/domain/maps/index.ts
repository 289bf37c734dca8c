export { CLASSIFICATIONS, classBreaks, classOf, equalIntervalBreaks, naturalBreaks, quantileBreaks, type Classification } from './classify.ts';
export { toGeoJsonGeometries, toTopology, type Polygonal, type Topology, type TopologyGeometry } from './simplify/boundary-output.ts';
export { simplifyBoundaries, type BoundaryArcs } from './simplify/simplify-boundaries.ts';
export { effectiveAreas, simplifyLine, triangleArea, type LonLat } from './simplify/visvalingam.ts';
export { BOUNDARY_DETAILS, BOUNDARY_SIMPLIFICATION, type BoundaryDetail } from './simplify/boundary-detail.ts';
export { areasAround, boundsOf, type Bounds } from './simplify/around.ts';
export { albersEngland, ENGLAND_MAP_WIDTH, fitToWidth, type FittedMap } from './project/england-map.ts';
