import type { Kysely } from 'kysely';
import type { AuditReportData, ChecklistResult, FindingFormData, FindingGrade, ReportPhoto } from '../../../shared/audits/report-data';
import { actionNeeded } from '../../../shared/audits/findings';
import type { Database } from '../db/schema';
import type { AuditFindingsTable } from '../db/schema-checklists';
import { notFound } from '../errors';
import { organisationName as settingsOrganisationName } from './departments';
import { auditCodeOf, citationOf } from './checklist-lines';
import { findingNumber } from './findings-rows';

/**
 * The plain data the audit Word exports are built from (shared/audits/report-data.ts), read from the database:
 * the audit report (内审报告) and each finding's 不符合项报告 form with its photos from the attachment store.
 */

const ROOT_UNIT = '00000000-0000-4000-8000-000000000001';
const PHOTO_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp']);
const RESULTS: ChecklistResult[] = ['conform', 'nonconform', 'observation', 'improvement', 'na'];
const GRADES: FindingGrade[] = ['major', 'minor', 'observation', 'improvement'];
const zeroResults = () => Object.fromEntries(RESULTS.map((r) => [r, 0])) as Record<ChecklistResult, number>;
const zeroGrades = () => Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<FindingGrade, number>;
const byClauseNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** The organisation's name as the settings give it (the root unit is stored as 本组织), else the root unit's. */
async function organisationName(db: Kysely<Database>) {
  return (await settingsOrganisationName(db)) ?? (await db.selectFrom('departments').select('name').where('id', '=', ROOT_UNIT).executeTakeFirst())?.name ?? '';
}

/** People's names and the unit of their primary position. */
async function peopleNames(db: Kysely<Database>, ids: string[]) {
  const out = new Map<string, { name: string; unitName: string | null }>();
  if (ids.length === 0) return out;
  const people = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute();
  const units = await db
    .selectFrom('person_positions as pp')
    .innerJoin('positions as po', 'po.id', 'pp.position_id')
    .innerJoin('departments as d', 'd.id', 'po.department_id')
    .select(['pp.person_id', 'd.name'])
    .where('pp.person_id', 'in', ids)
    .orderBy('pp.is_primary', 'desc')
    .execute();
  for (const p of people) out.set(p.id, { name: p.name, unitName: units.find((u) => u.person_id === p.id)?.name ?? null });
  return out;
}

async function photosOf(db: Kysely<Database>, findingId: string): Promise<ReportPhoto[]> {
  const rows = await db
    .selectFrom('audit_finding_attachments as l')
    .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
    .select(['a.name', 'a.media_type', 'a.data', 'a.width', 'a.height'])
    .where('l.finding_id', '=', findingId)
    .where('l.removed_at', 'is', null)
    .orderBy('l.created_at')
    .execute();
  return rows
    .filter((r) => PHOTO_TYPES.has(r.media_type))
    .map((r) => ({ name: r.name, mediaType: r.media_type as ReportPhoto['mediaType'], data: new Uint8Array(r.data), width: r.width, height: r.height }));
}

async function formOf(db: Kysely<Database>, f: AuditFindingsTable, audit: { code: string; title: string }, organisation: string): Promise<FindingFormData> {
  const unit = await db.selectFrom('departments').select('name').where('id', '=', f.unit_id).executeTakeFirst();
  const clauses = await db.selectFrom('audit_finding_clauses').select('clause').where('finding_id', '=', f.id).where('removed_at', 'is', null).execute();
  const ack = await db.selectFrom('audit_finding_acknowledgments').selectAll().where('finding_id', '=', f.id).where('removed_at', 'is', null).executeTakeFirst();
  const cited = citationOf(f);
  return {
    organisationName: organisation,
    auditCode: audit.code,
    auditTitle: audit.title,
    number: findingNumber(f),
    grade: f.grade as FindingGrade,
    unitName: f.unit_id === ROOT_UNIT ? organisation : (unit?.name ?? ''),
    date: f.created_at.slice(0, 10),
    clauses: clauses.map((c) => c.clause).sort(byClauseNumber),
    article: cited ? { documentNumber: cited.documentNumber, documentTitle: cited.documentTitle, revisionLabel: cited.revisionLabel, label: cited.label, text: cited.text } : null,
    facts: f.facts,
    auditorName: f.auditor_name,
    auditee: ack ? { name: ack.name, acknowledgedAt: ack.acknowledged_at, comment: ack.comment } : null,
    photos: await photosOf(db, f.id),
    actionNeeded: actionNeeded(f.grade as FindingGrade),
    // Filled in by the corrective-action module (issue 14) once findings link to actions.
    correctiveAction: null,
  };
}

/** One finding's 不符合项报告 form. */
export async function findingFormData(db: Kysely<Database>, findingId: string): Promise<FindingFormData> {
  const f = await db.selectFrom('audit_findings').selectAll().where('id', '=', findingId).executeTakeFirst();
  if (!f) throw notFound('finding', findingId);
  const a = await db.selectFrom('audits').selectAll().where('id', '=', f.audit_id).executeTakeFirstOrThrow();
  return formOf(db, f, { code: auditCodeOf(a), title: a.title }, await organisationName(db));
}

/** The audit report's data: the plan's facts, conformity counts by unit and clause, and every finding not withdrawn. */
export async function auditReportData(db: Kysely<Database>, auditId: string): Promise<AuditReportData> {
  const a = await db.selectFrom('audits').selectAll().where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('audit', auditId);
  const organisation = await organisationName(db);
  const live = <T extends { removed_at: string | null }>(rows: T[]) => rows.filter((r) => r.removed_at === null);
  const team = live(await db.selectFrom('audit_team').selectAll().where('audit_id', '=', a.id).execute());
  const units = live(await db.selectFrom('audit_units as u').innerJoin('departments as d', 'd.id', 'u.unit_id').select(['u.unit_id', 'u.removed_at', 'd.name']).where('u.audit_id', '=', a.id).execute()).map((u) => (u.unit_id === ROOT_UNIT ? { ...u, name: organisation } : u));
  const auditees = live(await db.selectFrom('audit_auditees').selectAll().where('audit_id', '=', a.id).execute());
  const criteria = live(await db.selectFrom('audit_criteria').selectAll().where('audit_id', '=', a.id).execute());
  const meetings = live(await db.selectFrom('audit_meetings').selectAll().where('audit_id', '=', a.id).orderBy('at').execute());
  const exceptions = live(await db.selectFrom('audit_independence_exceptions').selectAll().where('audit_id', '=', a.id).execute());
  const attendeeIds = meetings.flatMap((m) => JSON.parse(m.attendee_ids) as string[]);
  const people = await peopleNames(db, [...new Set([...team.map((t) => t.person_id), ...auditees.map((x) => x.person_id), ...exceptions.map((e) => e.person_id), ...attendeeIds])]);
  const nameOf = (id: string) => people.get(id)?.name ?? '';
  const unitName = (id: string) => units.find((u) => u.unit_id === id)?.name ?? '';

  const revisionIds = criteria.filter((c) => c.kind === 'revision').map((c) => c.revision_id!);
  const docs = revisionIds.length
    ? await db.selectFrom('revisions as r').innerJoin('documents as d', 'd.id', 'r.document_id').select(['d.number', 'd.title', 'r.label']).where('r.id', 'in', revisionIds).orderBy('d.number').execute()
    : [];

  const lines = await db.selectFrom('checklist_lines').select(['unit_id', 'clause', 'result']).where('audit_id', '=', a.id).where('removed_at', 'is', null).execute();
  const findings = await db.selectFrom('audit_findings').selectAll().where('audit_id', '=', a.id).where('status', '<>', 'withdrawn').orderBy('seq').orderBy('created_at').execute();
  const findingClauses = findings.length
    ? await db.selectFrom('audit_finding_clauses').select(['finding_id', 'clause']).where('finding_id', 'in', findings.map((f) => f.id)).where('removed_at', 'is', null).execute()
    : [];

  const byUnit = new Map<string, Record<ChecklistResult, number>>();
  const byClause = new Map<string, { counts: Record<ChecklistResult, number>; findings: Record<FindingGrade, number> }>();
  const clauseEntry = (c: string) => byClause.get(c) ?? (byClause.set(c, { counts: zeroResults(), findings: zeroGrades() }), byClause.get(c)!);
  for (const l of lines) {
    if (!l.result) continue;
    const result = l.result as ChecklistResult;
    const unit = l.unit_id ? unitName(l.unit_id) || ((await db.selectFrom('departments').select('name').where('id', '=', l.unit_id).executeTakeFirst())?.name ?? '') : '';
    const counts = byUnit.get(unit) ?? zeroResults();
    counts[result]++;
    byUnit.set(unit, counts);
    if (l.clause) clauseEntry(l.clause).counts[result]++;
  }
  for (const fc of findingClauses) clauseEntry(fc.clause).findings[findings.find((f) => f.id === fc.finding_id)!.grade as FindingGrade]++;

  const code = auditCodeOf(a);
  return {
    organisationName: organisation,
    code,
    title: a.title,
    purpose: a.purpose,
    scope: a.scope,
    criteriaClauses: criteria.filter((c) => c.kind === 'clause').map((c) => c.clause!).sort(byClauseNumber),
    criteriaDocuments: docs.map((d) => ({ number: d.number, title: d.title, revisionLabel: d.label })),
    startDate: a.start_date ?? '',
    endDate: a.end_date ?? a.start_date ?? '',
    lead: (() => {
      const lead = team.find((t) => t.role === 'lead');
      return lead ? { name: nameOf(lead.person_id), unitName: people.get(lead.person_id)?.unitName ?? null } : { name: '', unitName: null };
    })(),
    auditors: team.filter((t) => t.role === 'auditor').map((t) => ({ name: nameOf(t.person_id), unitName: people.get(t.person_id)?.unitName ?? null })),
    auditees: units.map((u) => ({ unitName: u.name, people: auditees.filter((x) => x.unit_id === u.unit_id).map((x) => nameOf(x.person_id)) })),
    meetings: meetings.map((m) => ({ kind: m.kind, at: m.at, attendees: (JSON.parse(m.attendee_ids) as string[]).map(nameOf) })),
    independenceExceptions: exceptions.map((e) => ({ auditorName: nameOf(e.person_id), unitName: unitName(e.unit_id), justification: e.justification })),
    byUnit: [...byUnit].map(([name, counts]) => ({ unitName: name, counts })),
    byClause: [...byClause].sort(([x], [y]) => byClauseNumber(x, y)).map(([clause, v]) => ({ clause, ...v })),
    findings: await Promise.all(findings.map((f) => formOf(db, f, { code, title: a.title }, organisation))),
    // The report's own texts and sign-off belong to the audit's report record (the audits module).
    strengths: [],
    conclusion: '',
    distribution: units.map((u) => u.name),
    signatures: [
      { meaning: 'prepared', name: null, signedAt: null },
      { meaning: 'approved', name: null, signedAt: null },
    ],
  };
}
