import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (package.json, migrations/, dist/) when running from source under Node. */
export const APP_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
