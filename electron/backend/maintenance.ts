import type { Backend } from './context';
import { inTransaction } from './context';
import { activateDue } from './services/revision-lifecycle';
import { computePendingLayouts } from './services/word-layouts';

const HOUR = 3600_000;

/** Approved revisions whose effective date has come take effect; the trail names the system as actor. */
export async function runMaintenance(backend: Backend): Promise<number> {
  const ctx = { backend, caller: null, locale: 'zh-CN' as const };
  return inTransaction(ctx, (trx, audit) => activateDue(trx, audit), { id: null, displayName: 'system' });
}

/** For long-running hosts (desktop app, web host): now, then hourly. Returns a stop function. */
export function scheduleMaintenance(backend: Backend): () => void {
  const run = () =>
    runMaintenance(backend)
      .then(() => computePendingLayouts(backend))
      .catch((err) => console.error('[qms] maintenance failed', err));
  void run();
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
