export { comparePeriods } from './compare-periods.ts';
export { listSome, type Dropped, type ImpactProblem, type Panel, type PanelRow } from './panel.ts';
export { buildPanel } from './build-panel.ts';
