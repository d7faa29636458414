import { DEFAULT_POLICY } from '../../shared/security/contract';
import { render, screen } from '@testing-library/react';
import type { Role } from '../../shared/auth/roles';
import { App } from '../../renderer/App';
import { installFakeBackend } from './fake-backend';
import { departments, directory, settings, status, user } from './fixtures';

export const TOKEN = 't'.repeat(43);

type Handlers = Parameters<typeof installFakeBackend>[0];

/** Opens the app at `hash` with a remembered session for someone of `role`. */
export async function renderSignedIn(role: Role, hash: string, handlers: Handlers = {}) {
  sessionStorage.setItem('qms.session', TOKEN);
  window.history.replaceState(null, '', `/${hash}`);
  const backend = installFakeBackend({
    'system.status': () => status(true),
    'auth.me': () => user(role),
    'settings.get': () => settings,
    'departments.list': () => departments,
    'users.directory': () => directory,
    'audit.history': () => ({ items: [], total: 0 }),
    // The settings page shows the security policy; tests that open it need not each answer for it.
    'security.policy': () => DEFAULT_POLICY,
    'security.locks': () => [],
    'tasks.mine': () => ({ items: [], total: 0, open: 0, overdue: 0 }),
    'capa.counts': () => ({ open: 0, overdue: 0, overdueActions: 0, ineffective: 0 }),
    // The document page's scope card and the home page's reading card.
    'reading.scopeGet': (input) => ({ documentId: input.documentId, units: [], positions: [], people: 0, mayEdit: false, openRevision: null }),
    'reading.overview': () => ({ totals: { total: 0, confirmed: 0, pending: 0, overdue: 0 }, revisions: [] }),
    ...handlers,
  });
  const view = render(<App />);
  await screen.findByTestId('sign-out');
  return { backend, ...view };
}
