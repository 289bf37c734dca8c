import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../web/src/api/types.ts';
import { auditApiPath, auditPagePath, NO_AUDIT_FILTERS, parseAuditFilters } from '../../web/src/pages/audit/audit-filters.ts';
import { ENTITY_TYPES, NAMED_ACTIONS } from '../../web/src/pages/audit/describe-action.ts';
import { DESCRIBED_ACTIONS, describeAuditEntry } from '../../web/src/pages/audit/describe-entry.ts';

/** Every action the service writes to the audit log, read from its source so a new one cannot be missed. */
function auditWrites(): { actions: string[]; entityTypes: string[] } {
  const found = new Set<string>();
  const types = new Set<string>(['spend_line']);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/action: '([^']+)'/g)) found.add(m[1] ?? '');
        for (const m of source.matchAll(/action: [^,\n]*\? '([^']+)' : '([^']+)'/g)) [m[1], m[2]].forEach((a) => found.add(a ?? ''));
        if (source.includes('recordAudit(')) for (const m of source.matchAll(/entityType: '([^']+)'/g)) types.add(m[1] ?? '');
        for (const m of source.matchAll(/auditLine\([^)]*?'([a-z_.-]+)'/g)) found.add(m[1] ?? '');
      }
    }
  };
  walk(join(import.meta.dirname, '../../src'));
  return { actions: [...found].sort(), entityTypes: [...types].sort() };
}
const actionsInSource = (): string[] => auditWrites().actions;

const entry = (action: string, entityId: string, summary: unknown, actor = 'alice.smith@example.gov.uk', entityType = 'thing'): AuditEntryView => ({
  id: 1, at: '2026-12-07T10:00:00.000Z', actor, action, entityType, entityId, summary,
});
const areaNameOf = (id: string) => ({ blackpool: 'Blackpool' })[id];

describe('audit entries in words', () => {
  it('has a sentence for every action the service records', () => {
    const actions = actionsInSource();
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.filter((a) => !DESCRIBED_ACTIONS.includes(a))).toEqual([]);
    // The filter's list of actions and of what entries are about names each one too.
    expect(actions.filter((a) => !NAMED_ACTIONS.includes(a))).toEqual([]);
    expect(auditWrites().entityTypes.length).toBeGreaterThan(20);
    expect(auditWrites().entityTypes.filter((t) => !ENTITY_TYPES.includes(t))).toEqual([]);
    for (const action of actions) {
      const sentence = describeAuditEntry(entry(action, 'x', {}));
      expect(sentence.startsWith('alice.smith@example.gov.uk ')).toBe(true);
      expect(sentence).not.toContain(action);
      expect(sentence).not.toContain('undefined');
    }
  });

  it('says who changed what, from what to what', () => {
    expect(describeAuditEntry(entry('board.update', 'blackpool', { chair: { before: 'Ann Lee', after: 'Bob Ray' } }), areaNameOf)).toBe(
      'alice.smith@example.gov.uk changed the chair of Blackpool’s partnership board from Ann Lee to Bob Ray',
    );
    expect(describeAuditEntry(entry('board.create', 'blackpool', { chair: { before: null, after: 'Jane Smith' } }), areaNameOf)).toBe(
      'alice.smith@example.gov.uk recorded the chair of Blackpool’s partnership board: Jane Smith',
    );
    expect(describeAuditEntry(entry('plan_actual.update', 'blackpool/KS2-RWM', { period: '2018', value: { before: 58, after: 61 } }), areaNameOf)).toBe(
      'alice.smith@example.gov.uk changed Blackpool’s measure KS2-RWM for 2018 from 58 to 61',
    );
    expect(describeAuditEntry(entry('user.update', 'bob@example.gov.uk', { role: { before: 'analyst', after: 'admin' } }))).toBe(
      'alice.smith@example.gov.uk changed the role from Analyst to National programme team for the user bob@example.gov.uk',
    );
  });

  it('says what changed about a user in words: role and access in one sentence, disabling and re-enabling', () => {
    const change = { role: { before: 'school', after: 'area_lead' }, scope: { before: ['school:141257'], after: ['area:blackpool'] } };
    expect(describeAuditEntry(entry('user.update', 'pat@example.gov.uk', change))).toBe(
      'alice.smith@example.gov.uk changed the role from School user to Area lead, and what they can access from school:141257 to area:blackpool for the user pat@example.gov.uk',
    );
    expect(describeAuditEntry(entry('user.update', 'pat@example.gov.uk', { name: { before: null, after: 'Pat Head' } }))).toBe(
      'alice.smith@example.gov.uk changed the name from not set to Pat Head for the user pat@example.gov.uk',
    );
    expect(describeAuditEntry(entry('user.create', 'pat@example.gov.uk', { name: 'Pat Head', role: 'school', scope: ['school:141257'] }))).toBe(
      'alice.smith@example.gov.uk added the user pat@example.gov.uk (Pat Head) as School user for school:141257',
    );
    expect(describeAuditEntry(entry('user.update_refused', 'pat@example.gov.uk', { role: { before: 'admin', after: 'analyst' }, reason: 'the only admin' }))).toBe(
      'alice.smith@example.gov.uk asked to change the role of pat@example.gov.uk from National programme team to Analyst; refused, as it would leave no active national programme team user, and the sign-in turned away',
    );
    expect(describeAuditEntry(entry('user.disable', 'pat@example.gov.uk', {}))).toBe('alice.smith@example.gov.uk disabled the user pat@example.gov.uk, ending their sessions');
    expect(describeAuditEntry(entry('user.enable', 'pat@example.gov.uk', {}))).toBe('alice.smith@example.gov.uk re-enabled the user pat@example.gov.uk, so they can sign in again');
  });

  it('says how many rows an import brought, and who ran it from the command line', () => {
    expect(describeAuditEntry(entry('data.import', 'schools.csv', { kind: 'schools', inserted: 12000, updated: 345, unchanged: 0, checksum: 'ab' }, 'cli'))).toBe(
      'Someone at the command line imported 12,345 rows of schools from schools.csv (12,000 inserted, 345 updated, 0 unchanged)',
    );
    expect(describeAuditEntry(entry('funding.allocation.confirm', 'fund-1', { totalPence: 123456, recipients: 12 }))).toBe(
      'alice.smith@example.gov.uk confirmed the allocation of the fund fund-1: £1,234.56 to 12 recipients',
    );
  });

  it('says nothing about the pupil when a careers record moves school', () => {
    const sentence = describeAuditEntry(entry('careers.pupil.transfer', '100001', { from: 100002, to: 100001, reason: 'joined in year 10', mergedEncounters: 3 }));
    expect(sentence).toBe('alice.smith@example.gov.uk moved a pupil’s careers record from school 100002 to school 100001');
    expect(sentence).not.toContain('year 10');
  });

  it('shows an action it does not know as recorded', () => {
    expect(describeAuditEntry(entry('widget.frob', '42', { a: 1 }, 'system', 'widget_thing'))).toBe('The service: widget.frob on widget thing 42');
  });

  it('keeps the filters in the page address and sends only those given to the API', () => {
    const filters = parseAuditFilters('?actor=alice&action=careers.&from=2026-12-01&to=12/2026&page=3&other=1');
    expect(filters).toEqual({ ...NO_AUDIT_FILTERS, actor: 'alice', action: 'careers.', from: '2026-12-01' });
    expect(auditPagePath(filters, 2)).toBe('/audit?actor=alice&action=careers.&from=2026-12-01&page=2');
    expect(auditApiPath(NO_AUDIT_FILTERS, 1, 100)).toBe('/api/audit?limit=100');
  });
});
