// Durability's cost: committing a draft save and an approval signature through the full dispatch, with
// synchronous=NORMAL (before) and synchronous=FULL (after, what the app uses) on the same run and disk.
import type { Input, MethodName } from '../../shared/api/contract';
import { templateContent } from '../../shared/templates/catalog';
import { dispatch } from '../../electron/backend/dispatch';
import { openTestBackend } from '../helpers/backend';
import { ms, type Stats } from './measure';

const PASSWORD = 'bench-password';

const percentiles = (times: number[]): Stats => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  return { p50: at(0.5), p95: at(0.95) };
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function run(synchronous: 'NORMAL' | 'FULL', saves: number, signatures: number) {
  const t = openTestBackend();
  t.backend.checkOutputs = false;
  t.backend.store.sqlite.pragma(`synchronous = ${synchronous}`);
  const call = async <M extends MethodName>(method: M, input: Input<M>, token: string | null = null) => {
    const r = await dispatch(t.backend, method, input, { sessionToken: token, locale: 'zh-CN' });
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as never as { id: string; version: number; token: string };
  };
  try {
    const { token } = await call('auth.setup', { username: 'bench', displayName: '基准', password: PASSWORD });
    await call('settings.update', { allowSelfApproval: true }, token);
    const doc = await call('documents.create', { title: '服务质量管理制度', type: 'regulation' }, token);
    let draft = await call('revisions.startDraft', { documentId: doc.id, templateId: 'service-quality-regulation' }, token);
    const content = templateContent('service-quality-regulation', 'zh-CN');
    const saveTimes: number[] = [];
    for (let i = 0; i < saves; i++) {
      content.doc.content.push({ type: 'article', content: [{ type: 'text', text: `第 ${i} 次保存的新增条款。` }] });
      saveTimes.push(await timed(async () => (draft = await call('revisions.save', { id: draft.id, version: draft.version, content }, token))));
    }
    const signTimes: number[] = [];
    for (let i = 0; i < signatures; i++) {
      const d = await call('documents.create', { title: `制度 ${i}`, type: 'regulation' }, token);
      const r = await call('revisions.startDraft', { documentId: d.id }, token);
      const s = await call('revisions.submit', { id: r.id, version: r.version, changeReason: '发布', password: PASSWORD }, token);
      signTimes.push(await timed(() => call('revisions.sign', { id: s.id, version: s.version, password: PASSWORD, meaning: 'approved' }, token)));
    }
    return { save: percentiles(saveTimes), sign: percentiles(signTimes) };
  } finally {
    await t.close();
  }
}

/** Prints p50/p95 of a save and a signature commit under NORMAL and FULL; returns nothing to meet (the cost is the result). */
export async function benchCommit(saves: number, signatures: number): Promise<void> {
  const normal = await run('NORMAL', saves, signatures);
  const full = await run('FULL', saves, signatures);
  const line = (label: string, a: Stats, b: Stats) =>
    console.log(`${label.padEnd(34)} NORMAL p50 ${ms(a.p50)} p95 ${ms(a.p95)}   FULL p50 ${ms(b.p50)} p95 ${ms(b.p95)}   (p95 ×${(b.p95 / a.p95).toFixed(2)})`);
  line(`save a draft (${saves} commits)`, normal.save, full.save);
  line(`sign an approval (${signatures} commits)`, normal.sign, full.sign);
  console.log('  a signature includes re-checking the password (scrypt) and the revision taking effect; the app runs FULL.');
}
