// Moved to the application layer, where the computed views run their stepped computations too.
export { runInTurns } from '../app/computed-views/run-in-turns.ts';
