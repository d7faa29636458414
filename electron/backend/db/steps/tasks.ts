import { randomUUID } from 'node:crypto';
import type { MigrationStep } from './index';

interface Step {
  meaning: string;
  mode: 'any' | 'all';
  assignees: { kind: string; userId?: string; role?: string }[];
}
interface Rev {
  id: string;
  document_id: string;
  label: string;
  status: string;
  round: number;
  route: string | null;
  author_id: string | null;
  rejection: string | null;
  updated_at: string;
  number: string;
  title: string;
  unit_id: string | null;
  author_name: string | null;
}

const DEFAULT_ROUTE: Step[] = [{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'documentApprovers' }] }];
const DAY = 86_400_000;

/**
 * Backfills the open tasks of today's data (frozen in time: raw SQL only): 待我修改 for each returned draft's
 * author, 待我审批 for each active user who may sign the current step of a revision in review (named users,
 * users of a role, quality managers and a document's named approvers; the author only where self-approval is on).
 */
export const tasksStep: MigrationStep = (sqlite, report) => {
  const revs = sqlite
    .prepare(
      `SELECT r.id, r.document_id, r.label, r.status, r.round, r.route, r.author_id, r.rejection, r.updated_at,
              d.number, d.title, d.department_id AS unit_id, a.display_name AS author_name
         FROM revisions r JOIN documents d ON d.id = r.document_id LEFT JOIN users a ON a.id = r.author_id
        WHERE r.status = 'in_review' OR (r.status = 'draft' AND r.rejection IS NOT NULL)`,
    )
    .all() as Rev[];
  const selfOk = (sqlite.prepare("SELECT value FROM settings WHERE key = 'allowSelfApproval'").get() as { value: string } | undefined)?.value === 'true';
  const users = sqlite.prepare('SELECT id, role FROM users WHERE active = 1').all() as { id: string; role: string }[];
  const signed = sqlite.prepare(
    "SELECT step, signer_id, signed_at FROM signatures WHERE entity_type = 'revision' AND entity_id = ? AND round = ? AND voided_at IS NULL ORDER BY signed_at",
  );
  const approvers = sqlite.prepare('SELECT user_id FROM document_approvers WHERE document_id = ?');
  const rejectedBy = sqlite.prepare("SELECT actor_name, at FROM audit_log WHERE entity = 'revision' AND entity_id = ? AND action = 'reject' ORDER BY seq DESC LIMIT 1");
  const insert = sqlite.prepare(
    `INSERT INTO tasks (id, kind, entity_type, entity_id, assignee_id, unit_id, from_name, parent_id, ref, title, label, detail, link, since, due_at, created_at)
     VALUES (?, ?, 'revision', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  const due = (since: string, days: number) => new Date(Date.parse(since) + days * DAY).toISOString();
  for (const r of revs) {
    const link = `/documents/${encodeURIComponent(r.document_id)}/revisions/${encodeURIComponent(r.id)}`;
    const add = (kind: string, userId: string, from: string | null, detail: string | null, since: string, days: number) =>
      insert.run(randomUUID(), kind, r.id, userId, r.unit_id, from, r.document_id, r.number, r.title, r.label, detail, link, since, due(since, days), at);
    if (r.status === 'draft') {
      if (!r.author_id) continue;
      const by = rejectedBy.get(r.id) as { actor_name: string | null; at: string } | undefined;
      add('revise', r.author_id, by?.actor_name ?? null, r.rejection, by?.at ?? r.updated_at, 10);
      continue;
    }
    let steps: Step[] = DEFAULT_ROUTE;
    try {
      if (r.route) steps = JSON.parse(r.route) as Step[];
    } catch {
      report({ entity: 'revision', entityId: r.id, message: 'route unreadable; its signing tasks were not backfilled' });
      continue;
    }
    const sigs = signed.all(r.id, r.round) as { step: number; signer_id: string; signed_at: string }[];
    const current = steps.findIndex((s, i) => {
      const by = new Set(sigs.filter((x) => x.step === i + 1).map((x) => x.signer_id));
      return s.mode === 'all' ? s.assignees.some((a) => !by.has(a.userId ?? '')) : by.size === 0;
    });
    if (current < 0) continue;
    const step = steps[current]!;
    const named = new Set((approvers.all(r.document_id) as { user_id: string }[]).map((a) => a.user_id));
    const signedNow = new Set(sigs.filter((x) => x.step === current + 1).map((x) => x.signer_id));
    const since = sigs.at(-1)?.signed_at ?? r.updated_at;
    let n = 0;
    for (const u of users) {
      const may = step.assignees.some((a) =>
        a.kind === 'user' ? a.userId === u.id : a.kind === 'role' ? a.role === u.role : a.kind === 'documentApprovers' ? u.role === 'quality_manager' || named.has(u.id) : false,
      );
      if (!may || signedNow.has(u.id) || (u.id === r.author_id && !selfOk)) continue;
      add('sign', u.id, r.author_name, step.meaning, since, 5);
      n++;
    }
    if (n) report({ entity: 'revision', entityId: r.id, message: `${n} signing task(s) opened`, details: { step: current + 1 } });
  }
};
