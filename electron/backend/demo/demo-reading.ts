import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { now, setClock } from '../clock';

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;
type As = <T>(username: string, work: () => Promise<T>) => Promise<T>;

const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Who each demo regulation applies to (适用范围): units (with their sub-units) and positions. */
const SCOPES: Record<string, { units: string[]; positions?: string[] }> = {
  服务质量管理制度: { units: ['ROOT'] },
  客户投诉处理管理办法: { units: ['客户服务部'], positions: ['客服组长', '客服专员'] },
  员工服务培训管理制度: { units: ['人力资源部'], positions: ['客服组长', '保洁组长', '秩序维护组长'] },
  神秘顾客暗访作业指导书: { units: ['质量管理部'] },
};
/** Regulations approved as needing training: they create training requirements instead of reading tasks. */
const NEEDS_TRAINING = new Set(['员工服务培训管理制度']);

/** Sets a demo document's scope as it is created, before its first revision takes effect. */
export async function demoScope(call: Call, title: string, documentId: string): Promise<void> {
  const scope = SCOPES[title];
  if (!scope) return;
  const tree = await call('departments.tree', { includeClosed: false });
  const unitIds = scope.units.map((name) => (name === 'ROOT' ? tree.find((u) => u.depth === 0)! : tree.find((u) => u.name === name)!).id);
  const positions = scope.positions?.length ? (await call('positions.list', { pageSize: 500 })).items.filter((p) => scope.positions!.includes(p.title)) : [];
  await call('reading.scopeSet', { documentId, unitIds, positionIds: positions.map((p) => p.id) });
}

/** Flags a demo revision as needing training before it is approved. */
export async function demoFlag(call: Call, title: string, revisionId: string): Promise<void> {
  if (NEEDS_TRAINING.has(title)) await call('reading.setNeedsTraining', { revisionId, needsTraining: true });
}

/**
 * After the regulations took effect over the past year: most readers confirmed (those with logins in person, the
 * rest on paper recorded by the quality manager), some units never did (overdue); a year of training sessions,
 * with a few people left out, an expired fire-safety course, and the training regulation half trained.
 */
export async function loadDemoReadingAndTraining(call: Call, as: As, manager: string, readers: Record<string, string>): Promise<void> {
  const today = now().getTime();
  const overview = await as(manager, () => call('reading.overview', {}));
  for (const [r, rev] of overview.revisions.entries()) {
    const status = await as(manager, () => call('reading.status', { revisionId: rev.revisionId }));
    const since = Date.parse(status.rows[0]?.dueAt ?? new Date(today).toISOString()) - 7 * DAY;
    // People with logins confirm in person, a few days after it took effect (李娜 has one still to read).
    for (const row of status.rows.filter((x) => x.hasLogin)) {
      const username = readers[row.name];
      if (!username || (username === 'lina' && r === 0)) continue;
      const back = setClock(new Date(since + (2 + (row.name.length % 4)) * DAY));
      try {
        await as(username, () => call('reading.confirm', { revisionId: rev.revisionId }));
      } finally {
        back();
      }
    }
    // The rest sign a paper sheet in their unit; the quality manager records it. Every seventh unit has not.
    const byUnit = new Map<string, string[]>();
    for (const row of status.rows.filter((x) => !x.hasLogin)) byUnit.set(row.unitId ?? '', [...(byUnit.get(row.unitId ?? '') ?? []), row.personId]);
    const signed = [...byUnit.values()].filter((_, u) => u % 7 !== 3);
    await as(manager, async () => {
      const back = setClock(new Date(since + 5 * DAY));
      try {
        for (const personIds of signed) await call('reading.recordPaper', { revisionId: rev.revisionId, personIds, paperDate: day(since + 4 * DAY), attachmentId: null });
      } finally {
        back();
      }
    });
  }

  await as(manager, async () => {
    const topics = await call('training.topicsList', {});
    for (const title of ['消防安全', '安全操作', '应急处置']) {
      const t = topics.find((x) => x.title === title);
      if (t) await call('training.topicUpdate', { id: t.id, version: t.version, validityMonths: 12 });
    }
    const positions = (await call('positions.list', { pageSize: 500 })).items;
    const TRAINERS = ['张华', '李娜', '人力资源部 培训专员', '外部讲师 王老师'];
    const METHODS = ['classroom', 'on_the_job', 'online', 'external'] as const;
    let n = 0;
    for (const t of topics.filter((x) => x.positions > 0)) {
      const holders = new Map<string, string>();
      for (const p of positions.filter((x) => x.trainingTopics.includes(t.title)))
        for (const h of await call('training.pickPeople', { positionId: p.id })) holders.set(h.personId, h.name);
      // Leave one in nine out (never trained): the gaps the matrix shows.
      const attendees = [...holders.keys()].filter((_, i) => (i + n) % 9 !== 4);
      if (attendees.length === 0) continue;
      // Fire safety was last held 13 months ago: expired for everyone who needs it.
      const months = t.title === '消防安全' ? 13 : 1 + (n % 11);
      const heldOn = day(today - months * 30 * DAY);
      await call('training.record', {
        topicId: t.id,
        heldOn,
        trainer: TRAINERS[n % TRAINERS.length]!,
        hours: 1 + (n % 4),
        method: METHODS[n % METHODS.length]!,
        notes: '',
        attachmentId: null,
        attendees: attendees.map((personId, i) => ({ personId, result: i % 23 === 7 ? ('failed' as const) : ('passed' as const) })),
      });
      n++;
    }
    // The training regulation (needs training): its requirements half met by a session last month.
    const reg = (await call('training.topicsList', {})).find((x) => x.documentNumber && x.title.includes('员工服务培训管理制度'));
    if (reg) {
      const hr = (await call('departments.tree', { includeClosed: false })).find((u) => u.name === '人力资源部');
      const people = hr ? await call('training.pickPeople', { unitId: hr.id }) : [];
      const half = people.filter((_, i) => i % 2 === 0).map((p) => ({ personId: p.personId }));
      if (half.length) await call('training.record', { topicId: reg.id, heldOn: day(today - 20 * DAY), trainer: '李娜', hours: 2, method: 'classroom', notes: '制度宣贯', attachmentId: null, attendees: half });
    }
  });
}
