import type { SchoolProfile, SourceRef } from '../../api/public-data-types.ts';
import { formatDay } from '../../format/format-day.ts';

interface SourceLine {
  readonly group: string;
  readonly source: SourceRef;
}

/** Where each group of figures on the page came from: the published file and the day it was loaded. */
export function SchoolSources({ school }: { school: SchoolProfile }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Sources</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-list--bullet">
          {sourceLinesOf(school).map((line) => (
            <li key={`${line.group}:${line.source.file}`}>
              {line.group}: <span className="oa-break-words">{line.source.file}</span>
              {line.source.loadedAt !== '' && `, loaded ${formatDay(line.source.loadedAt)}`}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** One line per group and file, with the periods it covers: "Pupils (2018/19, 2017/18): census.csv". */
function sourceLinesOf(school: SchoolProfile): SourceLine[] {
  const lines: SourceLine[] = [{ group: 'Register details', source: school.source }];
  const add = (group: string, rows: readonly { period: string; source: SourceRef }[]): void => {
    const byFile = new Map<string, { source: SourceRef; periods: Set<string> }>();
    for (const row of rows) {
      const key = `${row.source.file}\u0000${row.source.loadedAt}`;
      const entry = byFile.get(key) ?? { source: row.source, periods: new Set<string>() };
      entry.periods.add(row.period);
      byFile.set(key, entry);
    }
    for (const { source, periods } of byFile.values()) lines.push({ group: `${group} (${[...periods].join(', ')})`, source });
  };
  add('Pupils', school.census);
  add('Key stage 2 results', school.ks2);
  add('Key stage 4 results', school.ks4);
  add('Destinations after key stage 4', school.destinations);
  return lines;
}
