import type { Kysely } from 'kysely';
import type { AuditPlanData } from '../../../shared/audits/report-data';
import type { Database } from '../db/schema';
import { loadAudit } from './audit-rows';
import { organisationName } from './departments';

/**
 * The plain data of the 内审实施计划 Word export (audit-word.ts turns it into .docx): names, not ids; meetings
 * as written (YYYY-MM-DDTHH:MM local); auditees grouped by unit in the order the units are audited.
 */
export async function auditPlanData(db: Kysely<Database>, auditId: string): Promise<AuditPlanData> {
  const a = await loadAudit(db, auditId);
  const byUnit = new Map<string, { unitName: string; people: string[] }>();
  for (const u of a.units) byUnit.set(u.unitId, { unitName: u.name, people: [] });
  for (const x of a.auditees) {
    const entry = byUnit.get(x.unitId) ?? { unitName: x.unitName, people: [] };
    entry.people.push(x.name);
    byUnit.set(x.unitId, entry);
  }
  return {
    organisationName: (await organisationName(db)) ?? '',
    code: a.code,
    title: a.title,
    purpose: a.purpose,
    scope: a.scope,
    criteriaClauses: a.clauses,
    criteriaDocuments: a.revisions.map((r) => ({ number: r.documentNumber, title: r.documentTitle, revisionLabel: r.label })),
    startDate: a.startDate ?? '',
    endDate: a.endDate ?? '',
    lead: a.lead ? { name: a.lead.name, unitName: a.lead.unitName } : { name: '', unitName: null },
    auditors: a.auditors.map((p) => ({ name: p.name, unitName: p.unitName })),
    auditees: [...byUnit.values()],
    meetings: a.meetings.map((m) => ({ kind: m.kind, at: m.at, place: m.place })),
    timetable: a.timetable.map((s) => ({ date: s.date, from: s.from, to: s.to, unitName: s.unitName, auditorNames: s.auditorNames, clauses: s.clauses })),
    independenceExceptions: a.independenceExceptions.map((e) => ({ auditorName: e.personName, unitName: e.unitName, justification: e.justification })),
  };
}
