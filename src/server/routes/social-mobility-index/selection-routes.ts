import { appError } from '../../../app/errors.ts';
import { runSelection, type SelectionInputs } from '../../../app/social-mobility-index/run-selection.ts';
import type { SelectionDecision } from '../../../domain/social-mobility-index/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getSelectionSchema, listSelectionsSchema, runSelectionSchema } from './selection-schema.ts';

export function registerSelectionRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  app.get('/api/index/selections', { schema: listSelectionsSchema, config: { access: { permission: 'signed_in' } } }, async (request) => {
    const { limit } = request.query;
    // One more than asked for says whether there are more than the list shows.
    const found = await deps.services.areaSelections.listSelections(limit + 1);
    return { items: found.slice(0, limit).map((s) => ({ ...s, inputs: s.inputs as SelectionInputs })), more: found.length > limit };
  });

  app.get('/api/index/selections/:name', { schema: getSelectionSchema, config: { access: { permission: 'signed_in' } } }, async (request, reply) => {
    const found = await deps.services.areaSelections.findSelection(request.params.name);
    if (found === undefined) return sendError(reply, appError('not_found', `No selection is saved as "${request.params.name}"`));
    // Stored by this service from the shapes the schema describes; the reply schema checks them again on the way out.
    return { ...found, inputs: found.inputs as SelectionInputs, decisions: found.decisions as SelectionDecision[] };
  });

  app.post('/api/index/selections', { schema: runSelectionSchema, config: { access: { permission: 'index:write' } } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const { name, ...inputs } = request.body;
    const run = await runSelection(deps.services, inputs, { allowPaths: false });
    if (!run.ok) return sendError(reply, appError('recipe_not_runnable', run.error.join('; ')));
    if (name !== undefined) {
      const outcome = await deps.services.areaSelections.saveSelection({ name, inputs: run.value.inputs, decisions: run.value.decisions }, { userId: principal.userId, label: principal.email }, deps.clock);
      if (outcome === 'exists') return sendError(reply, appError('conflict', `A selection called "${name}" is already saved; a saved selection is a record and is never replaced. Choose another name.`));
    }
    return { saved: name !== undefined, inputs: run.value.inputs, decisions: run.value.decisions };
  });
}
