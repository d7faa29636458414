/**
 * What the audit Word exports are built from: plain data, assembled from the database by the audits service
 * (electron/backend/services/audit-report-data.ts) and turned into .docx by electron/backend/services/audit-word*.ts.
 * Dates are YYYY-MM-DD, times ISO strings; names are display names; nothing here is an id the reader must resolve.
 */
export type FindingGrade = 'major' | 'minor' | 'observation' | 'improvement';
export type ChecklistResult = 'conform' | 'nonconform' | 'observation' | 'improvement' | 'na';

export interface CitedArticle {
  documentNumber: string;
  documentTitle: string;
  revisionLabel: string;
  /** The article's label as cited, e.g. 第十二条 (or 第三章 for a chapter). */
  label: string;
  text: string;
}

export interface ReportPhoto {
  name: string;
  mediaType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/bmp';
  data: Uint8Array;
  width: number | null;
  height: number | null;
}

export interface FindingFormData {
  organisationName: string;
  auditCode: string;
  auditTitle: string;
  /** NC-2026-007, or a provisional number for a finding made in a field kit. */
  number: string;
  grade: FindingGrade;
  unitName: string;
  date: string;
  /** ISO 9001 clause numbers breached (e.g. ['8.5']), and/or a regulation article. */
  clauses: string[];
  article: CitedArticle | null;
  /** 事实描述: the objective evidence seen. */
  facts: string;
  auditorName: string;
  auditee: { name: string; acknowledgedAt: string; comment: string | null } | null;
  photos: ReportPhoto[];
  /** Major and minor nonconformities need a corrective action (the CAPA module fills this in). */
  actionNeeded: boolean;
  correctiveAction: { number: string; status: string } | null;
}

export interface AuditReportData {
  organisationName: string;
  code: string;
  title: string;
  purpose: string;
  scope: string;
  /** Criteria: ISO 9001 clause numbers and regulations (number + title + revision label). */
  criteriaClauses: string[];
  criteriaDocuments: { number: string; title: string; revisionLabel: string }[];
  startDate: string;
  endDate: string;
  lead: { name: string; unitName: string | null };
  auditors: { name: string; unitName: string | null }[];
  /** Audited units with the people who attended for them. */
  auditees: { unitName: string; people: string[] }[];
  meetings: { kind: 'opening' | 'closing'; at: string; attendees: string[] }[];
  /** An auditor who audited their own unit with the lead's recorded justification. */
  independenceExceptions: { auditorName: string; unitName: string; justification: string }[];
  /** Checklist results counted per unit and per clause. */
  byUnit: { unitName: string; counts: Record<ChecklistResult, number> }[];
  byClause: { clause: string; counts: Record<ChecklistResult, number>; findings: Record<FindingGrade, number> }[];
  findings: FindingFormData[];
  strengths: string[];
  conclusion: string;
  distribution: string[];
  signatures: { meaning: 'prepared' | 'approved'; name: string | null; signedAt: string | null }[];
}

export interface AuditPlanData {
  organisationName: string;
  code: string;
  title: string;
  purpose: string;
  scope: string;
  criteriaClauses: string[];
  criteriaDocuments: { number: string; title: string; revisionLabel: string }[];
  startDate: string;
  endDate: string;
  lead: { name: string; unitName: string | null };
  auditors: { name: string; unitName: string | null }[];
  auditees: { unitName: string; people: string[] }[];
  meetings: { kind: 'opening' | 'closing'; at: string; place: string | null }[];
  timetable: { date: string; from: string; to: string; unitName: string; auditorNames: string[]; clauses: string[] }[];
  independenceExceptions: { auditorName: string; unitName: string; justification: string }[];
}

export interface ProgrammeData {
  organisationName: string;
  year: number;
  status: string;
  audits: { month: number; code: string | null; title: string; unitNames: string[]; clauses: string[]; processes: string[]; status: string }[];
  /** Units × clauses: for each unit, the clauses its audits cover this year. */
  coverage: { unitName: string; clauses: Record<string, 'done' | 'planned' | 'gap' | 'excluded'> }[];
  clauses: string[];
  justifiedGaps: { clause: string; justification: string }[];
  signatures: { meaning: 'prepared' | 'approved'; name: string | null; signedAt: string | null }[];
}
