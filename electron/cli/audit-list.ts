import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import { summaries } from '../backend/services/audit-rows';
import type { CommandArgs } from './commands';
import { databaseFile } from './database-file';

const STATUS: Record<string, Record<'zh-CN' | 'en', string>> = {
  planned: { 'zh-CN': '计划', en: 'planned' },
  in_progress: { 'zh-CN': '实施中', en: 'in progress' },
  reporting: { 'zh-CN': '编写报告', en: 'reporting' },
  closed: { 'zh-CN': '已关闭', en: 'closed' },
  cancelled: { 'zh-CN': '已取消', en: 'cancelled' },
};

/**
 * qms audit list --db FILE: one line an audit — code, title, dates (or the planned month), status, and findings
 * by grade (严重/一般/观察/改进 — major/minor/observation/improvement), newest year first, by month.
 */
export async function auditList({ options, locale, io }: CommandArgs): Promise<number> {
  const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
  try {
    const db = backend.store.db;
    const rows = await db.selectFrom('audits').selectAll().orderBy('year', 'desc').orderBy('planned_month').orderBy('seq').orderBy('provisional_code').execute();
    const list = await summaries(db, rows);
    if (list.length === 0) io.out(locale === 'zh-CN' ? '没有内部审核。' : 'No internal audits.');
    for (const a of list) {
      const dates = a.startDate && a.endDate ? `${a.startDate}~${a.endDate}` : `${a.year}-${String(a.plannedMonth).padStart(2, '0')}`;
      const f = a.findings;
      const counts =
        locale === 'zh-CN'
          ? `严重 ${f.major} 一般 ${f.minor} 观察 ${f.observation} 改进 ${f.improvement}`
          : `major ${f.major} minor ${f.minor} observation ${f.observation} improvement ${f.improvement}`;
      io.out([a.code, a.title, dates, STATUS[a.status]![locale], counts].join('\t'));
    }
    return 0;
  } finally {
    await backend.store.close();
  }
}
