import { afterEach, describe, expect, it } from 'vitest';
import { declareAssignment } from '../../electron/backend/auth/rights';
import type { Caller } from '../../electron/backend/context';
import { AppError } from '../../electron/backend/errors';
import { checkStep, openSteps } from '../../electron/backend/lifecycle/steps';
import { defineLifecycle, isEnd, stepsFrom } from '../../shared/lifecycle/define';
import { openTestBackend, type TestBackend } from '../helpers/backend';

const lc = defineLifecycle({
  entity: 'thing',
  states: ['open', 'doing', 'closed', 'cancelled'],
  start: 'open',
  end: ['closed', 'cancelled'],
  steps: {
    start: { from: ['open'], to: 'doing', roles: ['quality_manager'], assignments: ['owner'] },
    close: { from: ['doing'], to: 'closed', roles: ['quality_manager'], guard: 'allDone' },
    cancel: { from: ['open', 'doing'], to: 'cancelled', roles: ['quality_manager'], needsComment: true },
  },
});
declareAssignment('thing', 'owner', async (_db, caller, id) => id === `owned-by-${caller.id}`);

const caller = (id: string, role: Caller['role']): Caller => ({ id, username: id, displayName: id, role, sessionId: '' });
const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: AppError) => `${e.code} ${e.key}`);

let t: TestBackend;
afterEach(async () => t?.close());

describe('lifecycles as data', () => {
  it('refuses a table naming a state it does not declare', () => {
    expect(() => defineLifecycle({ entity: 'x', states: ['a'], start: 'a', end: ['b' as 'a'], steps: {} })).toThrow(/unknown states b/);
  });

  it('lists the steps leaving a state and knows the end states', () => {
    expect(stepsFrom(lc, 'open')).toEqual(['start', 'cancel']);
    expect(stepsFrom(lc, 'closed')).toEqual([]);
    expect(isEnd(lc, 'cancelled')).toBe(true);
    expect(isEnd(lc, 'doing')).toBe(false);
  });

  it('lets a role or an assignment take a step, checks state, comment and guard', async () => {
    t = openTestBackend();
    const db = t.backend.store.db;
    const guards = { allDone: async (_db: unknown, id: string) => (id === 'done' ? null : { key: 'record.stale' as const }) };
    const author = caller('u1', 'author');
    expect(await code(checkStep(db, author, lc, guards, { id: 'owned-by-u1', state: 'open' }, 'start'))).toBe('ok');
    expect(await code(checkStep(db, author, lc, guards, { id: 'owned-by-u2', state: 'open' }, 'start'))).toBe('FORBIDDEN lifecycle.notAllowed');
    const qm = caller('q', 'quality_manager');
    expect(await code(checkStep(db, qm, lc, guards, { id: 'x', state: 'closed' }, 'start'))).toBe('CONFLICT lifecycle.notFromState');
    expect(await code(checkStep(db, qm, lc, guards, { id: 'x', state: 'open' }, 'cancel', '  '))).toBe('VALIDATION lifecycle.commentNeeded');
    expect(await checkStep(db, qm, lc, guards, { id: 'x', state: 'open' }, 'cancel', '不再需要')).toBe('cancelled');
    expect(await code(checkStep(db, qm, lc, guards, { id: 'x', state: 'doing' }, 'close'))).toBe('CONFLICT record.stale');
    expect(await checkStep(db, qm, lc, guards, { id: 'done', state: 'doing' }, 'close')).toBe('closed');
    expect(await openSteps(db, author, lc, { id: 'owned-by-u1', state: 'open' })).toEqual(['start']);
    expect(await openSteps(db, author, lc, { id: 'owned-by-u1', state: 'doing' })).toEqual([]);
  });
});
