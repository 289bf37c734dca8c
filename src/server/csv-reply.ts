import type { FastifyReply } from 'fastify';

/** Sends CSV as a download named `filename`, with a UTF-8 BOM so Excel reads £ and accents correctly. */
export function sendCsv(reply: FastifyReply, filename: string, csv: string): FastifyReply {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send('\uFEFF' + csv);
}
