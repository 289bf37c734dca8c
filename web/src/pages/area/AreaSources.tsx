import type { OpportunityAreaDetail } from '../../api/types.ts';

export function AreaSources({ area }: { area: OpportunityAreaDetail }) {
  const notes = sourceNotesOf(area);
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Sources</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-list--bullet">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** Every publication the page draws on, each listed once, in the order the page uses them. */
function sourceNotesOf(area: OpportunityAreaDetail): string[] {
  const notes = [
    area.sourceNote,
    area.board?.sourceNote,
    area.researchSchool?.sourceNote,
    ...area.funds.map((fund) => fund.sourceNote),
  ];
  return [...new Set(notes.filter((note): note is string => note !== undefined && note !== ''))];
}
