export { CLASSIFICATIONS, classBreaks, classOf, equalIntervalBreaks, naturalBreaks, quantileBreaks, type Classification } from './classify.ts';
