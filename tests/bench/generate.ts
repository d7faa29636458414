import type BetterSqlite3 from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { hashEntry } from '../../electron/backend/audit/trail';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, TYPE_CODES } from '../../shared/documents/types';
import { sortKey } from '../../shared/text/sort-key';

const SUBJECTS = ['服务质量', '客户投诉', '顾客满意度', '内部审核', '管理评审', '纠正措施', '文件控制', '记录控制', '培训', '供方评价', '神秘顾客', '热线接听', '现场巡检', '考核奖惩'];
const KINDS = { manual: '手册', regulation: '管理制度', procedure: '控制程序', work_instruction: '作业指导书', form: '记录表', external: '外来标准' } as const;

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/**
 * Writes `count` documents with one audit-trail entry each (a correct hash chain), straight through
 * prepared statements: the benchmark measures reads, so setting up need not go through the API.
 */
export function generateDocuments(sqlite: BetterSqlite3.Database, count: number, actor: { id: string; displayName: string }) {
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const now = new Date().toISOString();
  const departments = Array.from({ length: 20 }, (_, i) => ({ id: uuidv7(), name: `部门${String(i + 1).padStart(2, '0')}` }));
  const insertDept = sqlite.prepare("INSERT INTO departments (id, parent_id, kind, name, code, version, created_at, updated_at) VALUES (?, '00000000-0000-4000-8000-000000000001', 'department', ?, ?, 1, ?, ?)");
  const insertDoc = sqlite.prepare(
    `INSERT INTO documents (id, number, title, title_sort, type, department_id, owner_id, status, version_label, effective_date,
       next_review_date, tags, obsolete_reason, version, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @number, @title, @title_sort, @type, @department_id, @owner_id, @status, 'A/0', @effective_date, @next_review_date,
       '[]', NULL, 1, @at, @at, @owner_id, @owner_id)`,
  );
  const insertAudit = sqlite.prepare(
    'INSERT INTO audit_log (seq, id, at, actor_id, actor_name, entity, entity_id, action, before, after, prev_hash, hash) VALUES (@seq, @id, @at, @actor_id, @actor_name, @entity, @entity_id, @action, @before, @after, @prev_hash, @hash)',
  );
  const head = sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string };
  const seqs = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, 0]));
  sqlite.transaction(() => {
    for (const d of departments) insertDept.run(d.id, d.name, null, now, now);
    let { seq, hash } = head;
    for (let i = 0; i < count; i++) {
      const type = pick(DOCUMENT_TYPES);
      const year = 2015 + Math.floor(rand() * 11);
      const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
      const at = new Date(Date.parse('2020-01-01') + Math.floor(rand() * 5 * 365 * 86_400_000)).toISOString();
      const doc = {
        id: uuidv7(),
        number: `QM-${TYPE_CODES[type]}-${String(++seqs[type]!).padStart(6, '0')}`,
        title: `${pick(SUBJECTS)}${KINDS[type]}（第${i % 97}号）`,
        type,
        department_id: pick(departments).id,
        owner_id: actor.id,
        status: pick(DOCUMENT_STATUSES),
        effective_date: `${year}-${month}-01`,
        next_review_date: `${year + 1}-${month}-01`,
        at,
      };
      insertDoc.run({ ...doc, title_sort: sortKey(doc.title) });
      const entry = {
        seq: ++seq,
        id: uuidv7(),
        at,
        actor_id: actor.id,
        actor_name: actor.displayName,
        entity: 'document',
        entity_id: doc.id,
        action: 'create',
        before: null,
        after: JSON.stringify(doc),
        prev_hash: hash,
      };
      hash = hashEntry(entry);
      insertAudit.run({ ...entry, hash });
    }
    sqlite.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(seq, hash);
  })();
  return { departments };
}
