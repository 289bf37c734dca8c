import { z } from 'zod';
import { ROLES } from '../../../domain/access/index.ts';
import { errorReplySchema } from '../../errors.ts';

const signedInUserSchema = z
  .object({
    email: z.string(),
    role: z.enum(ROLES),
    roleLabel: z.string().describe('The role as shown on screen'),
    scope: z.array(z.string()).describe('Areas, hubs and schools the user can access: area:<id>, hub:<id>, school:<URN>'),
  })
  .meta({ id: 'SignedInUser' });

const sessionReplySchema = z
  .object({
    user: signedInUserSchema.nullable(),
    csrfToken: z.string().nullable().describe('Send as the x-csrf-token header on every POST, PUT, PATCH and DELETE'),
    oidcLoginUrl: z
      .string()
      .nullable()
      .optional()
      .describe('Where to send the browser to sign in with an organisation account (OpenID Connect), adding ?next=/path; null when this service does not offer it'),
  })
  .meta({ id: 'Session' });

export const getSessionSchema = {
  summary: 'Who is signed in, with the CSRF token for state-changing requests',
  tags: ['access'],
  response: { 200: sessionReplySchema },
};

export const signInSchema = {
  summary: 'Sign in with email and password (sets an HTTP-only session cookie)',
  tags: ['access'],
  body: z.object({ email: z.string().max(254), password: z.string().max(512) }),
  response: { 200: sessionReplySchema, 400: errorReplySchema, 401: errorReplySchema, 429: errorReplySchema },
};

export const signOutSchema = {
  summary: 'Sign out (ends the session)',
  tags: ['access'],
  response: { 204: z.null(), 401: errorReplySchema, 403: errorReplySchema },
};
