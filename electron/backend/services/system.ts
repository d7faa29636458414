import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupTo, timestamp } from '../db/backup';
import type { DomainMethods, Handlers } from '../context';

export const systemHandlers: Handlers<DomainMethods<'system'>> = {
  async 'system.status'(_input, ctx) {
    const anyone = await ctx.backend.store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return { initialized: anyone !== undefined, appVersion: ctx.backend.appVersion, schemaVersion: ctx.backend.store.schemaVersion };
  },

  async 'system.info'(_input, ctx) {
    const { store, appVersion, host } = ctx.backend;
    return { databaseFile: store.file, sizeBytes: statSync(store.file).size, schemaVersion: store.schemaVersion, appVersion, host };
  },

  /** "Back up now": a consistent copy in a backups folder beside the database. */
  async 'system.backup'(_input, ctx) {
    const { store } = ctx.backend;
    const dir = join(dirname(store.file), 'backups');
    mkdirSync(dir, { recursive: true });
    return backupTo(store.sqlite, join(dir, `qms-${timestamp()}.sqlite`));
  },
};
