const KEY = 'qms.session';

function read(storage: Storage): string | null {
  try {
    return storage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The signed-in token: per tab unless the person chose "remember me on this computer". */
export function loadSession(): string | null {
  return read(sessionStorage) ?? read(localStorage);
}

export function saveSession(token: string, remember: boolean): void {
  clearSession();
  (remember ? localStorage : sessionStorage).setItem(KEY, token);
}

export function clearSession(): void {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      storage.removeItem(KEY);
    } catch {
      // Storage disabled by policy: nothing was kept there either.
    }
  }
}
