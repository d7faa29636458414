import { createContext, useContext } from 'react';
import type { Session } from '../../../shared/auth/contract';
import type { Settings } from '../../../shared/settings/contract';
import type { User } from '../../../shared/users/contract';
import type { ApiCallError } from '../../api/client';

export type Phase =
  | { name: 'starting' }
  | { name: 'failed'; error: ApiCallError }
  | { name: 'setup' }
  | { name: 'signIn'; notice?: string }
  /** Signed in with an expired password: only the change-password form until it is changed. */
  | { name: 'mustChangePassword' }
  | { name: 'ready'; user: User; settings: Settings };

export interface SessionValue {
  phase: Phase;
  /** Re-reads the system status, e.g. after a start-up failure. */
  restart: () => void;
  signedIn: (session: Session, remember: boolean) => Promise<void>;
  signOut: () => Promise<void>;
  settingsChanged: (settings: Settings) => void;
  /** The signed-in person's own record changed (e.g. their display name). */
  userChanged: (user: User) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person and the organisation's settings; only inside the signed-in shell. */
export function useSignedIn(): { user: User; settings: Settings } {
  const { phase } = useSession();
  if (phase.name !== 'ready') throw new Error('useSignedIn before sign-in');
  return phase;
}
