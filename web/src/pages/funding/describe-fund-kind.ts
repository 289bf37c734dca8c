import type { FundKind } from '../../api/types.ts';

/** A fund's kind in plain words: `describeFundKind('ring_fenced')` → "Ring-fenced pot". */
export function describeFundKind(kind: FundKind): string {
  switch (kind) {
    case 'fund':
      return 'Fund';
    case 'allocation':
      return 'Allocation to one area';
    case 'ring_fenced':
      return 'Ring-fenced pot';
    case 'contribution':
      return 'Contribution from one funder';
  }
}
