import { useMemo } from 'react';
import { getDistrictBoundariesAround } from '../../api/boundaries-client.ts';
import { useApi } from '../../api/use-api.ts';
import { drawDistrictInContext } from '../map/district-geometry.ts';

const SIZE = 300;

/** The area's boundary, small, with the districts around it in grey; nothing if it cannot be drawn. */
export function BoundaryMap({ code, name }: { code: string; name: string }) {
  const boundaries = useApi(`boundaries:around:${code}`, (signal) => getDistrictBoundariesAround(code, signal));
  const drawing = useMemo(() => (boundaries.status === 'loaded' ? drawDistrictInContext(boundaries.data, code, SIZE) : null), [boundaries, code]);
  if (drawing === null) return null;
  return (
    <figure className="oa-boundary">
      <svg className="oa-boundary__svg" viewBox={`0 0 ${String(SIZE)} ${String(SIZE)}`} role="img" aria-labelledby="oa-boundary-title" xmlns="http://www.w3.org/2000/svg">
        <title id="oa-boundary-title">Boundary of {name}, with neighbouring districts</title>
        <g className="oa-boundary__context">
          {drawing.context.map((shape) => (
            <path key={shape.code} d={shape.d} />
          ))}
        </g>
        <path className="oa-boundary__focus" d={drawing.focus.d} />
      </svg>
      <figcaption className="govuk-body-s oa-boundary__caption">
        {name} (dark blue) and neighbouring districts. <a className="govuk-link" href="/map">See the national map</a>
      </figcaption>
    </figure>
  );
}
