import { NO_DATA, noDataPatternId } from './map-colours.ts';

/** The hatching that marks a district with no value, for use as `fill="url(#<prefix>-no-data)"`. */
export function NoDataPattern({ prefix }: { prefix: string }) {
  return (
    <pattern id={noDataPatternId(prefix)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={NO_DATA.ground} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={NO_DATA.hatch} strokeWidth="1.5" />
    </pattern>
  );
}
