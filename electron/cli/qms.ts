import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { pickLocale, type Locale } from '../../shared/api/envelope';
import { message } from '../../shared/api/messages';
import { StoreOpenError } from '../backend/db/open';
import { AppError } from '../backend/errors';
import { COMMANDS, USAGE, type CliIO } from './commands';

/** Runs one CLI command; returns the exit code. Exposed for tests, which pass their own output sinks. */
export async function runCli(argv: string[], io: CliIO = { out: (s) => console.log(s), err: (s) => console.error(s) }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        admin: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        user: { type: 'string' },
        port: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        in: { type: 'string' },
        number: { type: 'string' },
        revision: { type: 'string' },
        style: { type: 'string' },
        fonts: { type: 'string' },
        type: { type: 'string' },
        copy: { type: 'string' },
        controlled: { type: 'boolean' },
        uncontrolled: { type: 'boolean' },
        preview: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        document: { type: 'string', multiple: true },
        for: { type: 'string', multiple: true },
        xlsx: { type: 'string' },
        audit: { type: 'string' },
        plan: { type: 'boolean' },
        finding: { type: 'string' },
        year: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [name, ...rest] = parsed.positionals;
  const locale: Locale = pickLocale(parsed.values.lang ?? process.env.LC_ALL ?? process.env.LANG);
  const command = name ? COMMANDS[name] : undefined;
  if (!command || parsed.values.help) {
    (command || parsed.values.help ? io.out : io.err)(USAGE);
    return command || parsed.values.help ? 0 : 2;
  }
  try {
    return await command({ options: parsed.values, args: rest, locale, io });
  } catch (err) {
    if (err instanceof StoreOpenError) {
      io.err(err.describe(locale));
      return 1;
    }
    if (err instanceof AppError) {
      io.err(message(err.key, locale, err.params));
      return 1;
    }
    io.err(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runCli(process.argv.slice(2));
  // The web command keeps running until a signal; the others end here.
  if (code !== -1) process.exit(code);
}
