import { resolve } from 'node:path';
import { defaultDatabaseFile } from '../backend/db/location';

export const databaseFile = (options: { db?: string }) => resolve(options.db ?? defaultDatabaseFile());
