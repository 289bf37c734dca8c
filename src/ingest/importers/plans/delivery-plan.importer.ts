import type { Importer } from '../../importer.ts';
import { checkPlanRows } from './check-plan-rows.ts';
import { PLAN_COLUMNS, type PlanRow } from './plan-columns.ts';
import { writePlan } from '../../../storage/repositories/plans/write-plan-rows.ts';

/**
 * Delivery plan measures, targets and actuals (`oa plans import`), one row per measure and period; the
 * format is in README ("Delivery plans"). All or nothing like every importer.
 */
export const deliveryPlanImporter: Importer<PlanRow> = {
  kind: 'plans',
  description: 'Delivery plan measures, targets and actuals (one row per measure and period)',
  dependsOn: [],
  columns: PLAN_COLUMNS,
  key: (row) => `${row.area}|${row.measure}|${row.period}`,
  check: checkPlanRows,
  load: (rows, { trx, file }) => writePlan(trx, rows, file),
};
