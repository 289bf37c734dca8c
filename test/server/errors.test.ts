import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppFailure, appError, type AppError } from '../../src/app/errors.ts';
import { HTTP_STATUS_OF, registerErrorHandling, sendError } from '../../src/server/errors.ts';

/** A bare Fastify app whose one route sends (or throws) the error given, with the service's error handling. */
async function replyTo(error: AppError, how: 'send' | 'throw' = 'send') {
  const app = Fastify();
  registerErrorHandling(app);
  app.get('/', async (_request, reply) => {
    if (how === 'throw') throw new AppFailure(error);
    return sendError(reply, error);
  });
  const response = await app.inject({ method: 'GET', url: '/' });
  await app.close();
  return { status: response.statusCode, body: response.json<unknown>() };
}

describe('errors mapped once to HTTP', () => {
  it('gives each code the status clients received before the table (a change here changes the API)', () => {
    expect(HTTP_STATUS_OF).toEqual({
      not_found: 404,
      invalid_request: 400,
      unknown_scope: 400,
      invalid_recipe: 400,
      recipe_not_runnable: 400,
      conflict: 409,
      duplicate_email: 409,
      last_admin: 409,
      approval_refused: 409,
      forbidden: 403,
      invalid_credentials: 401,
      too_many_attempts: 429,
      not_configured: 503,
      not_protected: 503,
      pdf_unavailable: 503,
      file_refused: 422,
      sign_in_required: 401,
      invalid_token: 401,
      token_out_of_scope: 403,
      csrf_token_invalid: 403,
      too_many_downloads: 429,
      client_closed_request: 499,
      oidc_provider_unavailable: 502,
      oidc_sign_in_failed: 400,
      oidc_state_invalid: 400,
      oidc_claims_invalid: 403,
      oidc_email_unverified: 403,
      oidc_account_conflict: 403,
      oidc_change_refused: 403,
      account_disabled: 403,
      'unknown-measure': 404,
      'unknown-area': 404,
      'unknown-start': 400,
      'no-pre-periods': 400,
      'no-post-periods': 400,
      'no-neighbours': 400,
      'bad-option': 400,
      'no-rows': 422,
      'duplicate-rows': 422,
      'no-treated': 422,
      'different-starts': 422,
      'treatment-stops': 422,
      'no-comparison': 422,
      'unknown-treated': 422,
      'missing-values': 422,
      'no-region': 422,
    });
  });

  it('sends a not_found as 404 with the one error shape and no fields', async () => {
    expect(await replyTo(appError('not_found', 'There is no fund with the identifier "x"'))).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'There is no fund with the identifier "x"' } },
    });
  });

  it('sends the fields at fault with an invalid_request, and a conflict as 409', async () => {
    const fields = [{ field: 'urn', message: 'Enter the URN of a school this Research School serves' }];
    expect(await replyTo(appError('invalid_request', 'Check the URN', fields))).toEqual({ status: 400, body: { error: { code: 'invalid_request', message: 'Check the URN', fields } } });
    expect((await replyTo(appError('conflict', 'Already saved'))).status).toBe(409);
  });

  it('sends an impact refusal by its domain code: 404 for what does not exist, 422 for data that cannot give an estimate', async () => {
    expect(await replyTo({ code: 'unknown-area', message: 'No such area' })).toEqual({ status: 404, body: { error: { code: 'unknown-area', message: 'No such area' } } });
    expect((await replyTo({ code: 'no-comparison', message: 'Nothing to compare with' })).status).toBe(422);
  });

  it('sends a refused file as 422 with its problems beside the error', async () => {
    const refused: AppError = { code: 'file_refused', message: 'a.csv: 1 problem; nothing was imported', file: 'a.csv', problems: [{ row: 2, column: 'urn', reason: 'is not a URN' }], more: 0 };
    expect(await replyTo(refused)).toEqual({
      status: 422,
      body: { error: { code: 'file_refused', message: 'a.csv: 1 problem; nothing was imported' }, file: 'a.csv', problems: [{ row: 2, column: 'urn', reason: 'is not a URN' }], more: 0 },
    });
  });

  it('maps an AppFailure a handler throws by the same table, not as a 500', async () => {
    expect(await replyTo(appError('forbidden', 'You need access to both schools'), 'throw')).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', message: 'You need access to both schools' } },
    });
  });
});

describe('appError', () => {
  it('takes fields only for the codes that carry them, and never builds a refused file by halves', () => {
    const fields = [{ field: 'urn', message: 'Enter a URN' }];
    expect(appError('invalid_request', 'Enter a URN', fields)).toEqual({ code: 'invalid_request', message: 'Enter a URN', fields });
    expect(appError('not_found', 'There is no school')).toEqual({ code: 'not_found', message: 'There is no school' });
    // @ts-expect-error: a not_found has no fields at fault
    appError('not_found', 'There is no school', fields);
    // @ts-expect-error: a refused file needs its file, problems and count
    appError('file_refused', 'a.csv: 1 problem');
  });
});
