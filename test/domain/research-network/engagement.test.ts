import { describe, expect, it } from 'vitest';
import { engagementFunnels, engagementHistory, type EngagementRecord } from '../../../src/domain/research-network/index.ts';

const attended = (date: string, eventKind: 'briefing' | 'training' | 'follow_up', role: 'leader' | 'teacher' | 'teaching_assistant' = 'teacher'): EngagementRecord => ({ kind: 'attendance', date, eventKind, role });

describe('engagement levels', () => {
  it('starts at none', () => {
    expect(engagementHistory([])).toEqual({ level: 'none', changes: [] });
  });

  it('climbs aware → trained → implementing → embedded from records, whatever order they are given in', () => {
    const records: EngagementRecord[] = [
      attended('2019-03-01', 'follow_up'),
      attended('2017-11-02', 'briefing'),
      attended('2018-01-10', 'training', 'leader'),
      { kind: 'evidence_plan', date: '2018-02-01' },
    ];
    const { level, changes } = engagementHistory(records);
    expect(level).toBe('embedded');
    expect(changes.map((c) => [c.date, c.from, c.to])).toEqual([
      ['2017-11-02', 'none', 'aware'],
      ['2018-01-10', 'aware', 'trained'],
      ['2018-02-01', 'trained', 'implementing'],
      ['2019-03-01', 'implementing', 'embedded'],
    ]);
    expect(changes[3]?.because).toBe('follow-up attended (teacher), 365 days after implementing began');
  });

  it('needs training before a plan or follow-up counts as implementing', () => {
    expect(engagementHistory([{ kind: 'evidence_plan', date: '2018-01-01' }]).level).toBe('aware');
    expect(engagementHistory([attended('2018-01-01', 'follow_up')]).level).toBe('aware');
  });

  it('does not embed without a trained leader, nor before a year of implementing', () => {
    const teacherOnly = [attended('2018-01-10', 'training'), attended('2018-02-01', 'follow_up'), attended('2019-06-01', 'follow_up')];
    expect(engagementHistory(teacherOnly).level).toBe('implementing');
    const tooSoon = [attended('2018-01-10', 'training', 'leader'), attended('2018-02-01', 'follow_up'), attended('2019-01-31', 'follow_up')];
    expect(engagementHistory(tooSoon).level).toBe('implementing');
    const onTheDay = [...tooSoon.slice(0, 2), attended('2019-02-01', 'follow_up')];
    expect(engagementHistory(onTheDay).level).toBe('embedded');
  });

  it('lets a manual update set the level either way with its reason, and later records build on it', () => {
    const records: EngagementRecord[] = [
      attended('2018-01-10', 'training'),
      { kind: 'manual', date: '2018-09-01', level: 'aware', reason: 'Trained staff left in the summer' },
      attended('2018-10-01', 'follow_up'),
      attended('2018-11-01', 'training', 'teaching_assistant'),
    ];
    const { level, changes } = engagementHistory(records);
    expect(changes.map((c) => c.to)).toEqual(['trained', 'aware', 'trained']);
    expect(changes[1]?.because).toBe('Trained staff left in the summer');
    expect(level).toBe('trained');
  });

  it('gives the level on a past date, and manual updates on the same day as a record have the last word', () => {
    const records: EngagementRecord[] = [
      { kind: 'manual', date: '2018-01-10', level: 'none', reason: 'Attended by mistake: not this school' },
      attended('2018-01-10', 'training'),
      attended('2018-05-01', 'briefing'),
    ];
    expect(engagementHistory(records, '2018-04-30').level).toBe('none');
    expect(engagementHistory(records).level).toBe('aware');
  });

  it('builds a funnel per group: at each level and at that level or beyond', () => {
    const funnels = engagementFunnels([
      { key: 'hub-b', level: 'trained' },
      { key: 'hub-a', level: 'none' },
      { key: 'hub-a', level: 'aware' },
      { key: 'hub-a', level: 'embedded' },
      { key: null, level: 'embedded' },
    ]);
    expect(funnels.map((f) => f.key)).toEqual(['hub-a', 'hub-b']);
    expect(funnels[0]?.stages.map((s) => [s.level, s.at, s.atLeast])).toEqual([
      ['none', 1, 3],
      ['aware', 1, 2],
      ['trained', 0, 1],
      ['implementing', 0, 1],
      ['embedded', 1, 1],
    ]);
  });
});
