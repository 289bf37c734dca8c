import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

const count = (description: string) => z.number().int().describe(description);

export const schoolPlacementSchema = {
  summary: 'How every open state-funded school is placed in a district: counts by rule, and the schools no rule places',
  description:
    'Rules, first that applies: gias (the district a GIAS extract gives), coordinates (its location in the boundaries), single-tier-la (its ' +
    'authority is one district), postcode-sector (imputed from the placed schools of its postcode sector). With format=csv or xlsx: every open ' +
    'state-funded school with its district, rule, confidence, basis and note. See docs/methodology.md §6.8.',
  tags: ['schools'],
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z
      .object({
        total: count('Open state-funded schools in the register'),
        placed: count('Of those, placed in a district by any rule'),
        exact: count('Placed by an exact rule: gias, coordinates or single-tier-la'),
        imputed: count('Placed by the postcode-sector imputation'),
        unplaced: count('Placed by no rule'),
        by_rule: z.object({ gias: z.number().int(), coordinates: z.number().int(), single_tier_la: z.number().int(), postcode_sector: z.number().int() }),
        unplaced_schools: z.array(z.object({ urn: z.number().int(), name: z.string(), reason: z.string() })),
      })
      .meta({ id: 'SchoolPlacementReport' }),
    400: errorReplySchema,
  },
};
