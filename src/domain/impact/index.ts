export { comparePeriods } from './compare-periods.ts';
export { listSome, type Dropped, type ImpactProblem, type Panel, type PanelRow } from './panel.ts';
export { buildPanel } from './build-panel.ts';
export { noiseLevel, sparsify, type Design } from './design.ts';
export { prepareProblem, solveOnSimplex, uniformWeights, type PreparedProblem, type SimplexProblem, type SimplexSolution, type SolveSettings } from './frank-wolfe.ts';
