import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { FileProblem } from '../../app/errors.ts';
import { sendError } from '../errors.ts';

/** Problems listed in a refusal at most; the reply says how many more there were. */
const LISTED_PROBLEMS = 100;

const problemSchema = z
  .object({
    row: z.number().int().nullable().describe('The line in the file as a spreadsheet shows it (the header is row 1); null for the file as a whole'),
    column: z.string().nullable(),
    reason: z.string(),
  })
  .describe('One thing wrong with the file. The cell itself is never quoted back: it could be a pupil’s UPN');

/** The 422 reply of an upload refused whole (tutoring, holiday clubs and attendance). */
export const fileRefusedSchema = z.object({
  error: z.object({ code: z.literal('file_refused'), message: z.string() }),
  file: z.string(),
  problems: z.array(problemSchema).describe('The first problems found, in file order'),
  more: z.number().int().describe('Problems found beyond those listed'),
});

/** Refuses an uploaded file whole, listing its first problems (row, column, reason; never a cell) and how many more. */
export function sendFileRefused(
  reply: FastifyReply,
  file: string,
  refused: { readonly problems: readonly FileProblem[]; readonly more: number },
): FastifyReply {
  const total = refused.problems.length + refused.more;
  const problems = refused.problems.slice(0, LISTED_PROBLEMS).map((p) => ({ row: p.row, column: p.column, reason: p.reason }));
  return sendError(reply, {
    code: 'file_refused',
    message: `${file}: ${String(total)} problem${total === 1 ? '' : 's'}; nothing was imported`,
    file,
    problems,
    more: total - problems.length,
  });
}
