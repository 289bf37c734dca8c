import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files known to take far longer than any other, started first: with two workers, a file that takes a third
 * of the run and starts late leaves one worker alone at the end. Vitest's own order needs the durations of an
 * earlier run, which a clean clone (CI) does not have.
 */
const LONGEST = ['test/e2e/every-route.e2e.test.ts'];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => (LONGEST.some((path) => file.moduleId.endsWith(path)) ? 0 : 1);
    // Only within a group: a later group (sequence.groupOrder) still starts after an earlier one ends.
    return [...sorted].sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b));
  }
}
