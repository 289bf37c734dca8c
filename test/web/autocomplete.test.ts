import { describe, expect, it } from 'vitest';
import { describeResults, matchStrands, moveHighlight, rankByName, schoolQuery } from '../../web/src/components/form/autocomplete-options.ts';

const STRANDS = [
  { slug: 'metacognition-and-self-regulation', name: 'Metacognition and self-regulation' },
  { slug: 'feedback', name: 'Feedback' },
  { slug: 'phonics', name: 'Phonics' },
  { slug: 'peer-tutoring', name: 'Peer tutoring' },
  { slug: 'one-to-one-tuition', name: 'One to one tuition' },
];

describe('the autocomplete’s keyboard and announcements', () => {
  it('moves down through the suggestions, stops at the last, and goes back up to the field', () => {
    expect(moveHighlight(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveHighlight(2, 3, 'ArrowDown')).toBe(2);
    expect(moveHighlight(1, 3, 'ArrowUp')).toBe(0);
    expect(moveHighlight(0, 3, 'ArrowUp')).toBe(-1);
    expect(moveHighlight(-1, 0, 'ArrowDown')).toBe(-1);
  });

  it('announces how many suggestions there are, in GOV.UK’s words, and nothing before enough is typed', () => {
    expect(describeResults('ph', 1, 2)).toBe('1 result is available');
    expect(describeResults('ph', 4, 2)).toBe('4 results are available');
    expect(describeResults('zz', 0, 2)).toBe('No results found');
    expect(describeResults('p', 0, 2)).toBe('');
  });
});

describe('what an autocomplete suggests', () => {
  it('finds a strand by any words of its name or code, names starting with the text first', () => {
    expect(matchStrands(STRANDS, 'meta').map((s) => s.slug)).toEqual(['metacognition-and-self-regulation']);
    expect(matchStrands(STRANDS, 'self regulation').map((s) => s.slug)).toEqual(['metacognition-and-self-regulation']);
    expect(matchStrands(STRANDS, 'tu').map((s) => s.name)).toEqual(['One to one tuition', 'Peer tutoring']);
    expect(matchStrands(STRANDS, 'on').map((s) => s.name)).toEqual(['One to one tuition', 'Metacognition and self-regulation', 'Phonics']);
    expect(matchStrands(STRANDS, '  ')).toEqual([]);
  });

  it('looks a school up by URN when six digits are typed, otherwise by words of its name', () => {
    expect(schoolQuery(' 141257 ')).toEqual({ urn: '141257' });
    expect(schoolQuery('St Mary')).toEqual({ q: 'St Mary' });
    expect(schoolQuery('14125')).toEqual({ q: '14125' });
  });

  it('puts schools whose name starts with what was typed first, then those where each word starts a word, then the rest', () => {
    const schools = ['Ackton Pastures Primary Academy', 'St Mary’s Catholic Academy', 'Accrington St Mary Magdalen’s CofE Primary', 'St Marylebone School'].map((name) => ({ name }));
    expect(rankByName(schools, 'st mary').map((s) => s.name)).toEqual([
      'St Mary’s Catholic Academy',
      'St Marylebone School',
      'Accrington St Mary Magdalen’s CofE Primary',
      'Ackton Pastures Primary Academy',
    ]);
  });
});
