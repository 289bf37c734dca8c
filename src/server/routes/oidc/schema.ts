import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';

const redirect = z.null().describe('Redirect (Location header)');

export const oidcLoginSchema = {
  summary: 'Start signing in with an organisation account (OpenID Connect): redirects to the sign-in service',
  tags: ['access'],
  querystring: z.object({
    next: z.string().max(2000).optional().describe('The page to return to once signed in: a path on this site, like /areas/blackpool (default /)'),
  }),
  response: { 302: redirect, 502: errorReplySchema },
};

export const oidcCallbackSchema = {
  summary: 'Where the sign-in service returns the browser: signs in and redirects to the page asked for',
  tags: ['access'],
  // The other parameters (code, iss, error, …) are read from the raw query by the OpenID Connect client.
  querystring: z.object({
    state: z.string().max(512).optional().describe('The state this service sent to the sign-in service'),
  }),
  response: { 302: redirect, 400: errorReplySchema, 403: errorReplySchema, 502: errorReplySchema },
};
