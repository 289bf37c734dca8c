/** The funding replies and bodies, as aliases of the schemas generated from openapi.json. */
import type { Reply, RequestBody, Schemas } from './http.ts';

export type AllocationRequestBody = RequestBody<'/api/funds/{id}/allocations/preview', 'post'>;
export type AllocationRunView = Schemas['AllocationRun'];
export type AllocationFormula = AllocationRunView['formula'];
export type RecipientAllocationView = AllocationRunView['rows'][number];
export type CurrentAllocationsView = Reply<'/api/funds/{id}/allocations'>;
export type SpendLineView = Schemas['SpendLine'];
/** The spend form's fields, each always given (an empty strand when none), as the body sends them. */
export type SpendEntry = Required<RequestBody<'/api/funds/{id}/spend', 'post'>>;
export type VarianceRowView = Schemas['VarianceRow'];
export type VarianceView = Reply<'/api/funds/{id}/variance'>;
