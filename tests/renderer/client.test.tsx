import { ApiCallError, call, onUnauthenticated } from '../../renderer/api/client';
import { setLanguage } from '../../renderer/i18n';

interface Sent {
  url: string;
  init: RequestInit;
}

/** Stubs fetch as the loopback web host answers: an envelope, with the HTTP status of the error code. */
function stubFetch(status: number, body: unknown): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client over HTTP (no Electron bridge)', () => {
  it('posts the input to rpc/<method> with the session and locale headers', async () => {
    await setLanguage('en');
    sessionStorage.setItem('qms.session', 'k'.repeat(43));
    const sent = stubFetch(200, { ok: true, data: { organisationName: 'Org', documentNumberPattern: 'QM-{seq}' } });

    await expect(call('settings.get', {})).resolves.toEqual({ organisationName: 'Org', documentNumberPattern: 'QM-{seq}' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('rpc/settings.get');
    expect(sent[0]!.init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{}' });
    expect(sent[0]!.init.headers).toEqual({ 'content-type': 'application/json', 'x-qms-session': 'k'.repeat(43), 'x-qms-locale': 'en' });
  });

  it('throws the envelope error of a non-2xx answer with its code, message and details', async () => {
    await setLanguage('zh-CN');
    const details = [{ path: ['title'], message: 'Too small', code: 'too_small' }];
    stubFetch(400, { ok: false, error: { code: 'VALIDATION', message: '输入有误：title', details } });

    const error = await call('documents.create', { title: '', type: 'form' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: '输入有误：title' });
    expect((error as ApiCallError).fieldIssues).toEqual(details);
  });

  it('drops the session and tells the app when the server no longer accepts it', async () => {
    localStorage.setItem('qms.session', 'k'.repeat(43));
    stubFetch(401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Your session has expired; please sign in again.' } });
    const heard: string[] = [];
    const stop = onUnauthenticated((e) => heard.push(e.message));

    await expect(call('auth.me', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    stop();
    expect(heard).toEqual(['Your session has expired; please sign in again.']);
    expect(localStorage.getItem('qms.session')).toBeNull();
  });

  it('reports an unreachable host as a network error in the current language', async () => {
    await setLanguage('zh-CN');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(call('system.status', {})).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('无法连接') });
  });
});
