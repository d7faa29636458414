import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupTo, timestamp } from '../db/backup';
import type { DomainMethods, Handlers } from '../context';
import { databaseIdentity, kitInfo } from '../kit/identity';

const backupsFolder = (databaseFile: string) => join(dirname(databaseFile), 'backups');

export const systemHandlers: Handlers<DomainMethods<'system'>> = {
  async 'system.status'(_input, ctx) {
    const anyone = await ctx.backend.store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return { initialized: anyone !== undefined, appVersion: ctx.backend.appVersion, schemaVersion: ctx.backend.store.schemaVersion };
  },

  async 'system.info'(_input, ctx) {
    const { store, appVersion, host } = ctx.backend;
    const wal = `${store.file}-wal`;
    const sizeBytes = statSync(store.file).size + (existsSync(wal) ? statSync(wal).size : 0);
    const folder = backupsFolder(store.file);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.sqlite')).map((f) => statSync(join(folder, f)).size) : [];
    const backups = { folder, count: files.length, sizeBytes: files.reduce((a, b) => a + b, 0) };
    const kit = kitInfo(store.sqlite);
    return {
      databaseFile: store.file, sizeBytes, backups, schemaVersion: store.schemaVersion, appVersion, host,
      databaseId: databaseIdentity(store.sqlite)?.databaseId ?? '',
      kit: kit && { kitId: kit.kitId, mainDatabaseId: kit.mainDatabaseId, labels: kit.scopes.map((s) => s.label) },
    };
  },

  /** "Back up now": a consistent copy in a backups folder beside the database. */
  async 'system.backup'(_input, ctx) {
    const { store } = ctx.backend;
    const dir = backupsFolder(store.file);
    mkdirSync(dir, { recursive: true });
    return backupTo(store.sqlite, join(dir, `qms-${timestamp()}.sqlite`));
  },
};
