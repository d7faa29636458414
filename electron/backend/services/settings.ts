import type { Kysely } from 'kysely';
import type { Settings } from '../../../shared/settings/contract';
import { inTransaction, nowIso, type Audit, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';

export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const map = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    organisationName: String(map.organisationName ?? ''),
    documentNumberPattern: String(map.documentNumberPattern),
    allowSelfApproval: map.allowSelfApproval === true,
    attachmentMaxBytes: Number(map.attachmentMaxBytes ?? 20 * 1024 * 1024),
  };
}

export async function writeSetting<K extends keyof Settings>(trx: Kysely<Database>, audit: Audit, key: K, value: Settings[K]) {
  const before = await trx.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  const json = JSON.stringify(value);
  if (before?.value === json) return;
  await trx
    .insertInto('settings')
    .values({ key, value: json, updated_at: nowIso() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: nowIso() }))
    .execute();
  await audit({
    entity: 'settings',
    entityId: key,
    action: 'update',
    before: before ? { [key]: JSON.parse(before.value) } : null,
    after: { [key]: value },
  });
}

export const settingsHandlers: Handlers<DomainMethods<'settings'>> = {
  async 'settings.get'(_input, ctx) {
    return readSettings(ctx.backend.store.db);
  },
  async 'settings.update'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      if (input.organisationName !== undefined) await writeSetting(trx, audit, 'organisationName', input.organisationName);
      if (input.documentNumberPattern !== undefined)
        await writeSetting(trx, audit, 'documentNumberPattern', input.documentNumberPattern);
      if (input.allowSelfApproval !== undefined) await writeSetting(trx, audit, 'allowSelfApproval', input.allowSelfApproval);
      if (input.attachmentMaxBytes !== undefined) await writeSetting(trx, audit, 'attachmentMaxBytes', input.attachmentMaxBytes);
      return readSettings(trx);
    });
  },
};
