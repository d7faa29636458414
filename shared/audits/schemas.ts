import { z } from 'zod';
import { dateSchema, idSchema, optionalText, recordMeta, text, timestampSchema } from '../api/common';
import { isClause } from '../clauses/iso9001';

/**
 * The shapes of the internal-audit core (migration audit_core): programmes, audits and their plan. Checklists and
 * findings add their own shapes beside these (shared/audits/…), referring to an audit by id.
 */
export const AUDIT_STATUSES = ['planned', 'in_progress', 'reporting', 'closed', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
export const auditStatusSchema = z.enum(AUDIT_STATUSES);

export const PROGRAMME_STATUSES = ['draft', 'in_approval', 'approved', 'withdrawn'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const programmeStatusSchema = z.enum(PROGRAMME_STATUSES);

/** Official audit codes: IA-2026-007. */
export const AUDIT_CODE = /^IA-(\d{4})-(\d{3,})$/;
export const auditCode = (year: number, seq: number) => `IA-${year}-${String(seq).padStart(3, '0')}`;

export const clauseSchema = z.string().refine(isClause, { message: 'not an ISO 9001 clause number' });
export const yearSchema = z.number().int().min(2000).max(2100);
export const monthSchema = z.number().int().min(1).max(12);
/** HH:MM, 24 hours. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** A meeting's local date and time, YYYY-MM-DDTHH:MM. */
export const localDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/);

export const personRefSchema = z.object({ personId: idSchema, name: z.string(), unitName: z.string().nullable() });
export const unitRefSchema = z.object({ unitId: idSchema, name: z.string() });

export const timetableSlotSchema = z.object({
  id: idSchema,
  date: dateSchema,
  from: timeSchema,
  to: timeSchema,
  unitId: idSchema,
  unitName: z.string(),
  auditorIds: z.array(idSchema),
  auditorNames: z.array(z.string()),
  clauses: z.array(clauseSchema),
});
export const meetingSchema = z.object({
  id: idSchema,
  kind: z.enum(['opening', 'closing']),
  at: localDateTimeSchema,
  place: z.string().nullable(),
  attendeeIds: z.array(idSchema),
  attendeeNames: z.array(z.string()),
});
export const independenceExceptionSchema = z.object({
  id: idSchema,
  personId: idSchema,
  personName: z.string(),
  unitId: idSchema,
  unitName: z.string(),
  justification: z.string(),
  recordedAt: timestampSchema,
});
export const criteriaRevisionSchema = z.object({
  revisionId: idSchema,
  documentId: idSchema,
  documentNumber: z.string(),
  documentTitle: z.string(),
  label: z.string(),
  /** The revision is no longer the effective one (superseded or obsolete since it was chosen). */
  outdated: z.boolean(),
});
export const processRefSchema = z.object({ processId: idSchema, code: z.string(), name: z.string() });

/** Counts of findings by grade (zeros until findings exist for the audit). */
export const gradeCountsSchema = z.object({ major: z.number().int(), minor: z.number().int(), observation: z.number().int(), improvement: z.number().int() });

export const auditSummarySchema = z.object({
  ...recordMeta,
  programmeId: idSchema.nullable(),
  year: yearSchema,
  /** IA-2026-003, or the provisional code of a record made in a field kit and not yet merged. */
  code: z.string(),
  provisional: z.boolean(),
  title: z.string(),
  plannedMonth: monthSchema,
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  status: auditStatusSchema,
  lead: personRefSchema.nullable(),
  units: z.array(unitRefSchema),
  clauses: z.array(clauseSchema),
  processes: z.array(processRefSchema),
  findings: gradeCountsSchema,
});
export type AuditSummary = z.infer<typeof auditSummarySchema>;

export const AUDIT_STEPS = ['start', 'report', 'close', 'cancel'] as const;
export type AuditStep = (typeof AUDIT_STEPS)[number];
export const auditStepSchema = z.enum(AUDIT_STEPS);

export const auditSchema = auditSummarySchema.extend({
  purpose: z.string(),
  scope: z.string(),
  planIssuedAt: timestampSchema.nullable(),
  cancelReason: z.string().nullable(),
  closedAt: timestampSchema.nullable(),
  auditors: z.array(personRefSchema),
  auditees: z.array(z.object({ unitId: idSchema, unitName: z.string(), personId: idSchema, name: z.string() })),
  revisions: z.array(criteriaRevisionSchema),
  timetable: z.array(timetableSlotSchema),
  meetings: z.array(meetingSchema),
  independenceExceptions: z.array(independenceExceptionSchema),
  /** The lifecycle steps the caller may take now: the renderer offers only these. */
  openSteps: z.array(auditStepSchema),
  /** The caller may edit the plan (a quality manager, or the lead, while the audit is not closed or cancelled). */
  canEdit: z.boolean(),
});
export type Audit = z.infer<typeof auditSchema>;

const ids = (max: number) => z.array(idSchema).max(max).refine((a) => new Set(a).size === a.length, { message: 'listed twice' });
const clauses = z
  .array(clauseSchema)
  .max(40)
  .refine((a) => new Set(a).size === a.length, { message: 'listed twice' });

/** A planned audit in a programme (or on its own): what it covers. */
export const auditCreateInput = z
  .object({
    programmeId: idSchema.nullable().default(null),
    year: yearSchema,
    title: text(200),
    plannedMonth: monthSchema,
    unitIds: ids(100).default([]),
    clauses: clauses.default([]),
    processIds: ids(100).default([]),
  })
  .strict();

export const slotInput = z
  .object({
    id: idSchema.optional(),
    date: dateSchema,
    from: timeSchema,
    to: timeSchema,
    unitId: idSchema,
    auditorIds: ids(20),
    clauses: clauses.default([]),
  })
  .strict()
  .refine((s) => s.from < s.to, { message: 'a slot ends after it starts', path: ['to'] });

export const meetingInput = z
  .object({ kind: z.enum(['opening', 'closing']), at: localDateTimeSchema, place: optionalText(200).nullable().default(null), attendeeIds: ids(200).default([]) })
  .strict();

/** The whole plan, as the plan page saves it (rows keep their ids; rows no longer listed get a tombstone). */
export const auditPlanInput = z
  .object({
    id: idSchema,
    version: z.number().int().min(1),
    title: text(200),
    plannedMonth: monthSchema,
    purpose: optionalText(4000),
    scope: optionalText(4000),
    startDate: dateSchema.nullable(),
    endDate: dateSchema.nullable(),
    leadPersonId: idSchema.nullable(),
    auditorIds: ids(30),
    unitIds: ids(100),
    auditees: z.array(z.object({ unitId: idSchema, personId: idSchema }).strict()).max(300),
    clauses,
    processIds: ids(100),
    revisionIds: ids(100),
    timetable: z.array(slotInput).max(300),
    meetings: z.array(meetingInput).max(2),
  })
  .strict()
  .refine((p) => !p.startDate || !p.endDate || p.startDate <= p.endDate, { message: 'the audit ends after it starts', path: ['endDate'] })
  .refine((p) => new Set(p.meetings.map((m) => m.kind)).size === p.meetings.length, { message: 'one opening and one closing meeting', path: ['meetings'] });
export type AuditPlanInput = z.infer<typeof auditPlanInput>;

export const independenceExceptionInput = z
  .object({ auditId: idSchema, personId: idSchema, unitId: idSchema, justification: text(2000) })
  .strict();

export const auditListInput = z
  .object({
    year: yearSchema.optional(),
    status: auditStatusSchema.optional(),
    unitId: idSchema.optional(),
    /** Only audits the caller is on the team of. */
    mine: z.boolean().default(false),
    query: optionalText(100).optional(),
  })
  .strict();

/** Programme: the year's audits and its coverage. */
export const COVERAGE_CELLS = ['done', 'planned', 'gap', 'justified', 'excluded'] as const;
export type CoverageCell = (typeof COVERAGE_CELLS)[number];

export const coverageSchema = z.object({
  year: yearSchema,
  units: z.array(z.object({ unitId: idSchema, name: z.string(), depth: z.number().int() })),
  clauses: z.array(z.object({ clause: clauseSchema, applicable: z.boolean() })),
  processes: z.array(processRefSchema),
  /** cells[unit][clause]: done (a closed audit covered it), planned (an open audit will), gap, justified (a gap with a reason), excluded (not applicable). */
  cells: z.array(z.array(z.enum(COVERAGE_CELLS))),
  /** processCells[process]: how the year's audits cover each process. */
  processCells: z.array(z.enum(COVERAGE_CELLS)),
  /** Applicable clauses no live audit covers for any unit (and no justification): approval is refused while any remain. */
  uncoveredClauses: z.array(clauseSchema),
  /** Units (below the organisation) no live audit of the year covers, directly or through a unit above them. */
  uncoveredUnits: z.array(unitRefSchema),
  /** Risk-based suggestions: units and clauses with findings last year, to audit early or more often. */
  suggestions: z.array(z.object({ kind: z.enum(['unit', 'clause']), unitId: idSchema.nullable(), clause: z.string().nullable(), label: z.string(), findings: z.number().int() })),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const programmeGapSchema = z.object({ id: idSchema, clause: clauseSchema, unitId: idSchema.nullable(), unitName: z.string().nullable(), justification: z.string() });

export const programmeSchema = z.object({
  ...recordMeta,
  year: yearSchema,
  title: z.string(),
  notes: z.string(),
  status: programmeStatusSchema,
  round: z.number().int(),
  approvedAt: timestampSchema.nullable(),
  audits: z.array(auditSummarySchema),
  gaps: z.array(programmeGapSchema),
  signatures: z.array(z.object({ meaning: z.string(), signerName: z.string(), signedAt: timestampSchema, step: z.number().int().nullable() })),
  /** The caller may sign the step now awaiting a signature. */
  canSign: z.boolean(),
  canEdit: z.boolean(),
});
export type Programme = z.infer<typeof programmeSchema>;
