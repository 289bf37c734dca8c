const CHUNK = /\d+|\D+/g;

/**
 * Orders period labels in time: runs of digits compare as numbers, everything else as text, so
 * `2014-16` < `2016` < `2016/17` < `2017` and `Q2 2019` < `Q10 2019`. Labels equal piece by piece
 * (`2016` and `02016`) fall back to plain text order, so the order is total and the same everywhere.
 * @example ['2018/19', '2016', '2014-16'].sort(comparePeriods) → ['2014-16', '2016', '2018/19']
 */
export function comparePeriods(a: string, b: string): number {
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    const order = numeric ? compareDigits(x, y) : compareText(x, y);
    if (order !== 0) return order;
  }
  return left.length - right.length || compareText(a, b);
}

/** Digit runs by value without converting (a run may be longer than a safe integer). */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  return a.length - b.length || compareText(a, b);
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
