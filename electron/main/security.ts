import type { App, Session, WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

export const isAppUrl = (url: string | undefined) => !!url && (url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`));

/** No permission (camera, notifications, …) is ever granted to page content. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Our pages may not open windows, navigate away or embed webviews. */
export function hardenContents(app: App): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
