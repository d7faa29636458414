import { z } from 'zod';
import { method } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';

export const systemMethods = {
  'system.status': method({
    input: z.object({}).strict(),
    output: z.object({ initialized: z.boolean(), appVersion: z.string(), schemaVersion: z.number().int() }),
    roles: 'public',
    mutates: false,
  }),
  'system.info': method({
    input: z.object({}).strict(),
    output: z.object({
      databaseFile: z.string(),
      /** The database with its write-ahead log. */
      sizeBytes: z.number().int(),
      backups: z.object({ folder: z.string(), count: z.number().int(), sizeBytes: z.number().int() }),
      schemaVersion: z.number().int(),
      appVersion: z.string(),
      host: z.enum(['electron', 'web', 'cli']),
      /** The database's permanent id (given at creation). */
      databaseId: z.string(),
      /** Set when this database is a field kit: where it came from. */
      kit: z.object({ kitId: z.string(), mainDatabaseId: z.string(), labels: z.array(z.string()) }).nullable(),
    }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'system.backup': method({
    input: z.object({}).strict(),
    output: z.object({ file: z.string(), sizeBytes: z.number().int() }),
    roles: MANAGERS,
    mutates: false,
  }),
};
