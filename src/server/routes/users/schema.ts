import { z } from 'zod';
import { ROLES } from '../../../domain/access/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

export const userViewSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string().nullable().describe('The person’s name, where given'),
    role: z.enum(ROLES),
    scope: z.array(z.string()),
    isDemo: z.boolean(),
    createdAt: z.string(),
    disabledAt: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const listUsersSchema = {
  summary: 'Users with their role and scope (national programme team only)',
  tags: ['access'],
  querystring: z.object({
    format: formatQuerySchema,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(500).describe('Users per page of the JSON list (the download has every user)'),
  }),
  response: {
    200: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Users in all pages'),
      items: z.array(userViewSchema),
    }),
    401: errorReplySchema,
    403: errorReplySchema,
  },
};

const userIdParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const scopeField = z.array(z.string().max(80)).max(200).describe('Areas, hubs or schools: area:<id>, hub:<id>, school:<URN>; none for admin and analyst');

export const getUserSchema = {
  summary: 'One user with their role and scope (national programme team only)',
  tags: ['access'],
  params: userIdParams,
  response: { 200: userViewSchema, 401: errorReplySchema, 403: errorReplySchema, 404: errorReplySchema },
};

export const addUserSchema = {
  summary: 'Add a user; the reply carries a one-time password, shown only now (national programme team only)',
  tags: ['access'],
  body: z.object({
    email: z.string().max(254),
    name: z.string().max(400).nullable().optional(),
    role: z.enum(ROLES),
    scope: scopeField.default([]),
  }),
  response: {
    201: z.object({ user: userViewSchema, oneTimePassword: z.string().describe('Give it to the person by a safe route; it is not stored and cannot be shown again') }),
    400: errorReplySchema.describe('invalid_request (fields at fault) or unknown_scope (an area, hub or school the service does not hold)'),
    401: errorReplySchema,
    403: errorReplySchema,
    409: errorReplySchema.describe('duplicate_email: a user with that email exists'),
  },
};

export const changeUserSchema = {
  summary: 'Change a user’s name, role or scope, or disable or re-enable them (national programme team only)',
  description: 'Disabling ends their sessions and revokes their API tokens. The last active national programme team user cannot be disabled or given another role.',
  tags: ['access'],
  params: userIdParams,
  body: z.object({
    name: z.string().max(400).nullable().optional(),
    role: z.enum(ROLES).optional(),
    scope: scopeField.optional().describe('Replaces the scope; leave out to keep it'),
    disabled: z.boolean().optional(),
  }),
  response: {
    200: userViewSchema,
    400: errorReplySchema.describe('invalid_request (fields at fault) or unknown_scope'),
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
    409: errorReplySchema.describe('last_admin: the change would leave no active national programme team user'),
  },
};
