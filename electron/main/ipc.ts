import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { pickLocale, type ApiResult } from '../../shared/api/envelope';
import { message } from '../../shared/api/messages';
import type { Backend } from '../backend/context';
import { dispatch } from '../backend/dispatch';
import { isAppUrl } from './security';

export const INVOKE_CHANNEL = 'qms:invoke';

interface InvokeMeta {
  session?: unknown;
  locale?: unknown;
}

/** Only our own page, loaded from app://, may reach the API; anything else is refused before dispatch. */
export function registerIpc(ipcMain: IpcMain, backend: Backend): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown, meta: InvokeMeta = {}) => {
    const locale = pickLocale(typeof meta.locale === 'string' ? meta.locale : undefined);
    if (!isAppUrl(event.senderFrame?.url) || typeof method !== 'string') {
      const refused: ApiResult<never> = { ok: false, error: { code: 'FORBIDDEN', message: message('FORBIDDEN', locale) } };
      return refused;
    }
    return dispatch(backend, method, input, {
      sessionToken: typeof meta.session === 'string' ? meta.session : null,
      locale,
    });
  });
}
