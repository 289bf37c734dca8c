import type { MeasureStatus } from '../../api/plans-types.ts';

const TAGS: Readonly<Record<MeasureStatus, { label: string; colour: string }>> = {
  on_track: { label: 'On track', colour: 'govuk-tag--green' },
  at_risk: { label: 'At risk', colour: 'govuk-tag--orange' },
  off_track: { label: 'Off track', colour: 'govuk-tag--red' },
  no_data: { label: 'No data', colour: 'govuk-tag--grey' },
};

/** The status as a GOV.UK tag: the words carry the meaning, the colour only repeats it. */
export function MeasureStatusTag({ status, setByHand }: { status: MeasureStatus; setByHand: boolean }) {
  const tag = TAGS[status];
  return (
    <strong className={`govuk-tag ${tag.colour}`} data-status={status}>
      {tag.label}
      {setByHand ? ' (set by hand)' : ''}
    </strong>
  );
}
