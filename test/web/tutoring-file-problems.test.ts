import { describe, expect, it } from 'vitest';
import { describeProblem, fileProblemSummary, PROBLEMS_SHOWN } from '../../web/src/components/form/file-problems.ts';

describe('a refused tutoring file in the error summary', () => {
  it('says where each problem is as a spreadsheet shows it', () => {
    expect(describeProblem({ row: 3, column: 'urn', reason: 'Wrong school' })).toBe('Row 3, column urn: Wrong school');
    expect(describeProblem({ row: 4, column: null, reason: 'Repeats row 2' })).toBe('Row 4: Repeats row 2');
    expect(describeProblem({ row: 1, column: null, reason: 'The header is missing hours' })).toBe('Row 1: The header is missing hours');
    expect(describeProblem({ row: null, column: 'urn', reason: 'Not in the register' })).toBe('column urn: Not in the register');
    expect(describeProblem({ row: null, column: null, reason: 'The file is empty' })).toBe('The file is empty');
  });

  it('lists the first problems, each linking to the file field, then counts the rest, sent or not', () => {
    const problems = Array.from({ length: 14 }, (_, i) => ({ row: i + 2, column: 'hours', reason: 'Not in half hours' }));
    const summary = fileProblemSummary(problems, 86, '#tutoringFile');
    expect(summary).toHaveLength(PROBLEMS_SHOWN + 1);
    expect(summary[0]).toEqual({ message: 'Row 2, column hours: Not in half hours', href: '#tutoringFile' });
    expect(summary.at(-1)).toEqual({ message: 'and 90 more problems', href: '#tutoringFile' });
    expect(fileProblemSummary(problems.slice(0, 2), 0, '#f').map((s) => s.message)).toEqual(['Row 2, column hours: Not in half hours', 'Row 3, column hours: Not in half hours']);
    expect(fileProblemSummary(problems.slice(0, 10), 1, '#f').at(-1)?.message).toBe('and 1 more problem');
  });
});
