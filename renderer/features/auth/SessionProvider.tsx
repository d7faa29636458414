import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../../shared/auth/contract';
import type { Settings } from '../../../shared/settings/contract';
import type { User } from '../../../shared/users/contract';
import { ApiCallError, call, isApiError, onPasswordExpired, onUnauthenticated } from '../../api/client';
import { clearSession, loadSession, saveSession } from '../../api/session';
import { SessionContext, type Phase, type SessionValue } from './session-context';

const asError = (e: unknown) => (e instanceof ApiCallError ? e : new ApiCallError('INTERNAL', String(e)));

export function SessionProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const set = (next: Phase) => live && setPhase(next);
    let attemptedWithSession = false;
    (async () => {
      try {
        const status = await call('system.status', {});
        if (!status.initialized) return set({ name: 'setup' });
        if (!loadSession()) return set({ name: 'signIn' });
        attemptedWithSession = true;
        const [user, settings] = await Promise.all([call('auth.me', {}), call('settings.get', {})]);
        set({ name: 'ready', user, settings });
      } catch (e) {
        // A refused session sends the person to sign in; anything else (host token, network) is a start-up failure.
        if (isApiError(e, 'UNAUTHENTICATED') && attemptedWithSession) return set({ name: 'signIn', notice: e.message });
        set({ name: 'failed', error: asError(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => onUnauthenticated((error) => setPhase({ name: 'signIn', notice: error.message })), []);
  useEffect(() => onPasswordExpired(() => setPhase({ name: 'mustChangePassword' })), []);

  const signedIn = useCallback(async (session: Session, remember: boolean) => {
    saveSession(session.token, remember);
    if (session.mustChangePassword) return setPhase({ name: 'mustChangePassword' });
    const settings = await call('settings.get', {});
    setPhase({ name: 'ready', user: session.user, settings });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await call('auth.signOut', {});
    } catch {
      // The session may already be gone on the server; signing out locally is what matters.
    }
    clearSession();
    // The next person to sign in starts at home, not on the page the last one left open.
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#/`);
    setPhase({ name: 'signIn' });
  }, []);

  const settingsChanged = useCallback(
    (settings: Settings) => setPhase((p) => (p.name === 'ready' ? { ...p, settings } : p)),
    [],
  );

  const userChanged = useCallback(
    (user: User) => setPhase((p) => (p.name === 'ready' && p.user.id === user.id ? { ...p, user } : p)),
    [],
  );

  const value = useMemo<SessionValue>(
    () => ({
      phase,
      restart: () => {
        setPhase({ name: 'starting' });
        setAttempt((n) => n + 1);
      },
      signedIn,
      signOut,
      settingsChanged,
      userChanged,
    }),
    [phase, signedIn, signOut, settingsChanged, userChanged],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
