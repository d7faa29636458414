import ExcelJS from 'exceljs';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { AuditEntity, AuditEntry } from '../../../shared/audit/contract';
import { ACTION_LABELS, ENTITY_LABELS, labelOf } from '../../../shared/audit/labels';
import { MAX_LOG_EXPORT, type LogFilter } from '../../../shared/audit/log';
import { nowIso, type DomainMethods, type Handlers } from '../context';
import type { AuditRow, Database } from '../db/schema';
import { AppError } from '../errors';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  seq: r.seq,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  entity: r.entity as AuditEntity,
  entityId: r.entity_id,
  action: r.action,
  before: parse(r.before),
  after: parse(r.after),
  origin: r.origin ? (parse(r.origin) as AuditEntry['origin']) : null,
});

function filtered(db: Kysely<Database>, f: LogFilter): SelectQueryBuilder<Database, 'audit_log', object> {
  let q = db.selectFrom('audit_log');
  if (f.actorId === 'system') q = q.where('actor_id', 'is', null);
  else if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  return q;
}

/** A JSON value as one cell: compact, cut at Excel's cell limit. */
const cell = (json: string | null) => (json === null ? '' : json.length > 32_000 ? `${json.slice(0, 32_000)}…` : json);

export const auditLogHandlers: Handlers<Extract<DomainMethods<'audit'>, `audit.${'list' | 'facets' | 'export'}`>> = {
  async 'audit.list'(input, ctx) {
    const q = filtered(ctx.backend.store.db, input);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    return { items: rows.map(toEntry), total: n };
  },

  async 'audit.facets'(_input, ctx) {
    const db = ctx.backend.store.db;
    const actors = await db.selectFrom('audit_log').select(['actor_id as id', 'actor_name as name']).distinct().orderBy('actor_name').execute();
    const actions = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
    // One entry per person (a renamed person keeps their latest name).
    const byId = new Map(actors.map((a) => [a.id ?? 'system', a]));
    return { actors: [...byId.values()], actions: actions.map((a) => a.action) };
  },

  async 'audit.export'(input, ctx) {
    const q = filtered(ctx.backend.store.db, input);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (n > MAX_LOG_EXPORT) throw new AppError('VALIDATION', 'audit.exportTooLarge', { count: n, limit: MAX_LOG_EXPORT });
    const rows = await q.selectAll().orderBy('seq', 'asc').execute();
    const zh = ctx.locale === 'zh-CN';
    const book = new ExcelJS.Workbook();
    book.created = new Date(nowIso());
    const sheet = book.addWorksheet(zh ? '操作日志' : 'System log', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: zh ? '序号' : 'No.', key: 'seq', width: 8 },
      { header: zh ? '时间（UTC）' : 'Time (UTC)', key: 'at', width: 24 },
      { header: zh ? '操作人' : 'Person', key: 'actor', width: 16 },
      { header: zh ? '记录类型' : 'Record type', key: 'entity', width: 10 },
      { header: zh ? '记录编号' : 'Record id', key: 'entityId', width: 38 },
      { header: zh ? '操作' : 'Action', key: 'action', width: 16 },
      { header: zh ? '修改前' : 'Before', key: 'before', width: 40 },
      { header: zh ? '修改后' : 'After', key: 'after', width: 40 },
      { header: zh ? '哈希' : 'Hash', key: 'hash', width: 20 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const r of rows)
      sheet.addRow({
        seq: r.seq,
        at: r.at,
        actor: r.actor_name ?? (zh ? '系统' : 'System'),
        entity: labelOf(ENTITY_LABELS, r.entity, ctx.locale),
        entityId: r.entity_id,
        action: labelOf(ACTION_LABELS, r.action, ctx.locale),
        before: cell(r.before),
        after: cell(r.after),
        hash: r.hash,
      });
    sheet.autoFilter = { from: 'A1', to: 'I1' };
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const stamp = nowIso().slice(0, 10);
    return { fileName: `${zh ? '操作日志' : 'system-log'}-${stamp}.xlsx`, base64: data.toString('base64'), rows: rows.length };
  },
};
