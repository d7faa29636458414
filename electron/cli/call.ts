import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import { dispatch } from '../backend/dispatch';
import type { Command } from './commands';
import { databaseFile } from './database-file';

/** Signs in, calls one method, signs out; prints the envelope as JSON. */
export const callCommand: Command = async ({ options, args, locale, io }) => {
  const [method, json] = args;
  if (!method) {
    io.err('qms call METHOD [JSON] --user NAME --password P');
    return 2;
  }
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch {
      io.out(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: locale === 'zh-CN' ? 'JSON 格式错误。' : 'Malformed JSON.' } }));
      return 1;
    }
  }
  const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
  try {
    let sessionToken: string | null = null;
    if (options.user) {
      const signIn = await dispatch(backend, 'auth.signIn', { username: options.user, password: options.password ?? '' }, { locale });
      if (!signIn.ok) {
        io.out(JSON.stringify(signIn, null, 2));
        return 1;
      }
      sessionToken = (signIn.data as { token: string }).token;
    }
    const result = await dispatch(backend, method, input, { sessionToken, locale });
    io.out(JSON.stringify(result, null, 2));
    if (sessionToken && method !== 'auth.signOut') await dispatch(backend, 'auth.signOut', {}, { sessionToken, locale });
    return result.ok ? 0 : 1;
  } finally {
    await backend.store.close();
  }
};
