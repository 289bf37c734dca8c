import { useMemo } from 'react';
import { getOpportunityAreas } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';

/**
 * How a fund's recipient reads on screen: an Opportunity Area by its name ("North Yorkshire Coast"), anything
 * else (a school or organisation id from a formula run) as it was given. The list of areas is fetched once
 * and shared with the other pages that use it.
 */
export function useRecipientName(): (recipient: string) => string {
  const areas = useApi('opportunity-areas', getOpportunityAreas);
  return useMemo(() => {
    const names = new Map(areas.status === 'loaded' ? areas.data.items.map((a) => [a.id, a.name]) : []);
    return (recipient: string) => names.get(recipient) ?? recipient;
  }, [areas]);
}
