import { parseSlug } from '../../../domain/shared/slug.ts';
import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { text, wholeNumberFrom, type CellParser } from '../../values.ts';
import { toolkitStrandSlugs } from '../../../storage/repositories/toolkit.repository.ts';

interface ReportRow {
  id: string;
  title: string;
  year: number;
  strands: string[];
}

const reportId: CellParser<string> = (raw) => {
  const parsed = parseSlug(raw.trim());
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: 'Use lower-case letters, digits and hyphens, like improving-literacy-in-key-stage-1' };
};

/** "feedback; phonics" → the strand slugs, each checked for shape. */
const strandList: CellParser<string[]> = (raw) => {
  const strands = raw.split(';').map((s) => s.trim()).filter((s) => s !== '');
  if (strands.length === 0) return { ok: false, reason: 'Name at least one Toolkit strand, separated by semicolons, like feedback; phonics' };
  const bad = strands.find((s) => !parseSlug(s).ok);
  return bad === undefined ? { ok: true, value: strands } : { ok: false, reason: `"${bad}" is not a strand slug: use lower-case letters, digits and hyphens` };
};

/** EEF Guidance Reports: title, year, and the Toolkit strands each draws on. */
export const guidanceReportsImporter: Importer<ReportRow> = {
  kind: 'guidance-reports',
  description: 'EEF Guidance Reports',
  dependsOn: ['toolkit-strands'],
  columns: {
    id: { headers: ['report_id'], parse: reportId },
    title: { headers: ['title'], parse: text },
    year: { headers: ['year'], parse: wholeNumberFrom(2000, 2100) },
    strands: { headers: ['strands'], parse: strandList },
  },
  key: (row) => row.id,
  async check(rows, problems, { db }) {
    const known = await toolkitStrandSlugs(db);
    if (known.size === 0) {
      problems.add({ row: null, column: null, value: null, reason: 'Import the Toolkit strands first (toolkit-strands), so each report’s strands can be checked' });
      return;
    }
    for (const { row, value } of rows) {
      for (const strand of value.strands) {
        if (!known.has(strand)) problems.add({ row, column: 'strands', value: strand, reason: `There is no Toolkit strand ${strand}: use a strand’s slug, like feedback` });
      }
    }
  },
  load: (rows, { trx }) =>
    syncRows(
      trx,
      'guidance_reports',
      ['id'],
      rows.map((r) => ({ id: r.id, title: r.title, year: r.year, strands: JSON.stringify(r.strands) })),
    ),
};
