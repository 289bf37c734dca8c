import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { employerKey } from './careers-ledger.repository.ts';

export interface EmployerInput {
  readonly name: string;
  readonly cornerstone: boolean;
  readonly sector: string | null;
  readonly location: string | null;
}

export interface AdviserInput {
  readonly name: string;
  readonly urn: number;
  readonly employerName: string | null;
}

/** Adds employers or updates their name as written, cornerstone flag, sector and location, matched by name key; audited. */
export async function saveEmployers(db: Kysely<Database>, employers: readonly EmployerInput[], actor: AuditActor, now: string): Promise<{ added: number; updated: number }> {
  return db.transaction().execute(async (trx) => {
    let added = 0;
    let updated = 0;
    for (const e of employers) {
      const values = { name: e.name, cornerstone: e.cornerstone ? 1 : 0, sector: e.sector, location: e.location };
      const found = await trx.selectFrom('careers_employers').select(['id', 'name', 'cornerstone', 'sector', 'location']).where('name_key', '=', employerKey(e.name)).executeTakeFirst();
      if (found === undefined) {
        await trx.insertInto('careers_employers').values({ ...values, name_key: employerKey(e.name) }).execute();
        added += 1;
      } else if (found.name !== values.name || found.cornerstone !== values.cornerstone || found.sector !== values.sector || found.location !== values.location) {
        await trx.updateTable('careers_employers').set(values).where('id', '=', found.id).execute();
        updated += 1;
      }
    }
    if (added + updated > 0) await recordAudit(trx, { actor, at: now, action: 'careers.employers.import', entityType: 'careers_employers', entityId: 'import', summary: { added, updated } });
    return { added, updated };
  });
}

/**
 * Matches Enterprise Advisers to schools: each adviser by name (case and spacing ignored), created with
 * their employer when new; each school linked once. Links not in the file are kept. Audited.
 */
export async function saveAdvisers(db: Kysely<Database>, advisers: readonly AdviserInput[], actor: AuditActor, now: string): Promise<{ advisersAdded: number; linksAdded: number }> {
  return db.transaction().execute(async (trx) => {
    const byName = new Map<string, number>();
    for (const a of await trx.selectFrom('careers_advisers').select(['id', 'name']).execute()) byName.set(employerKey(a.name), a.id);
    let advisersAdded = 0;
    let linksAdded = 0;
    for (const a of advisers) {
      let id = byName.get(employerKey(a.name));
      if (id === undefined) {
        let employerId: number | null = null;
        if (a.employerName !== null) {
          const key = employerKey(a.employerName);
          const employer = await trx.selectFrom('careers_employers').select('id').where('name_key', '=', key).executeTakeFirst();
          employerId = employer?.id ?? (await trx.insertInto('careers_employers').values({ name: a.employerName, name_key: key }).returning('id').executeTakeFirstOrThrow()).id;
        }
        id = (await trx.insertInto('careers_advisers').values({ name: a.name, employer_id: employerId }).returning('id').executeTakeFirstOrThrow()).id;
        byName.set(employerKey(a.name), id);
        advisersAdded += 1;
      }
      const linked = await trx.selectFrom('careers_adviser_schools').select('urn').where('adviser_id', '=', id).where('urn', '=', a.urn).executeTakeFirst();
      if (linked === undefined) {
        await trx.insertInto('careers_adviser_schools').values({ adviser_id: id, urn: a.urn }).execute();
        linksAdded += 1;
      }
    }
    if (advisersAdded + linksAdded > 0) {
      await recordAudit(trx, { actor, at: now, action: 'careers.advisers.import', entityType: 'careers_advisers', entityId: 'import', summary: { advisersAdded, linksAdded } });
    }
    return { advisersAdded, linksAdded };
  });
}
