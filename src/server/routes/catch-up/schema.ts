import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { cellSchema } from '../careers/schema.ts';
import { formatQuerySchema, slugSchema } from '../shared-schemas.ts';

export const tutoringRowSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    pupils: cellSchema.describe('Pupils on roll in School Census returns (x where no school in the group made one)'),
    pupilsTutored: cellSchema,
    hours: cellSchema,
    courses: cellSchema.describe('Courses started: up to 16 hours one course, more two (the NTP rule)'),
    tuteesDisadvantagedShare: cellSchema.describe('Tutees who are pupil premium or FSM, as a fraction 0–1'),
    hoursPerTutee: cellSchema,
    tutoredShare: cellSchema.describe('Pupils on roll who were tutored, as a fraction 0–1 (census returns only)'),
    tutoredShareGap: cellSchema.describe('Disadvantaged pupils’ tutored share minus the others’, as a fraction'),
  })
  .meta({ id: 'TutoringRow' });

const groupings = ['school', 'district', 'area', 'la', 'route', 'subject', 'year_group'] as const;

const query = (by: readonly (typeof groupings)[number][], fallback: (typeof groupings)[number]) =>
  z.object({
    by: z.enum(by as [(typeof groupings)[number], ...(typeof groupings)[number][]]).default(fallback).describe('Group the table by'),
    academicYear: z.coerce.number().int().min(2000).max(2100).optional().describe('The academic year by its first calendar year (2022 is 2022/23); default the latest held'),
    format: formatQuerySchema,
  });

const reply = z.object({
  academicYear: z.number().int().nullable(),
  years: z.array(z.number().int()).describe('Every academic year with tutoring held here'),
  by: z.enum(groupings),
  disclosureControlled: z.boolean().describe('True when small counts are hidden: you do not have pupil-level rights here'),
  rows: z.array(tutoringRowSchema),
  total: tutoringRowSchema,
  hoursByRoute: z.array(z.object({ academicYear: z.number().int(), route: z.string(), hours: cellSchema })).describe('Hours by route in each academic year, for the chart'),
  targets: z.array(z.object({ measure: z.enum(['disadvantaged-tutees-pct', 'hours-per-course']), target: z.number(), actual: cellSchema, status: z.enum(['met', 'not met', 'no data']) })),
});

export const schoolTutoringSchema = {
  summary: 'A school’s tutoring in one academic year, by year group, route or subject, with hours by route over time and its targets',
  tags: ['catch-up'],
  params: z.object({ urn: z.coerce.number().int().min(100000).max(999999) }),
  querystring: query(['year_group', 'route', 'subject'], 'year_group'),
  response: { 200: reply.extend({ school: z.object({ urn: z.number().int(), name: z.string() }) }), 400: errorReplySchema, 404: errorReplySchema },
};

export const areaTutoringSchema = {
  summary: 'An Opportunity Area’s tutoring in one academic year, by school, district, route, subject or year group, with hours by route over time and its targets',
  tags: ['catch-up'],
  params: z.object({ id: slugSchema }),
  querystring: query(['school', 'district', 'route', 'subject', 'year_group'], 'school'),
  response: { 200: reply.extend({ area: z.object({ id: z.string(), name: z.string() }) }), 400: errorReplySchema, 404: errorReplySchema },
};

export const nationalTutoringSchema = {
  summary: 'Tutoring in every school in one academic year, by school, district, area, local authority, route, subject or year group (the national team)',
  tags: ['catch-up'],
  querystring: query([...groupings], 'area'),
  response: { 200: reply, 400: errorReplySchema },
};
