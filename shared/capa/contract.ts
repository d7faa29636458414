import { z } from 'zod';
import { dateSchema, idSchema, method, optionalText, pageInput, recordMeta, text, timestampSchema } from '../api/common';
import { ALL_ROLES, MANAGERS } from '../auth/roles';
import { actionSchema } from '../actions/contract';
import { signatureSchema } from '../signatures/contract';
import { capaLifecycle, PLAIN_STEPS } from './lifecycle';

/** Corrective actions (纠正措施, ISO 10.2): from any source to a verified, effective close. */
export const CAPA_SOURCES = ['audit_finding', 'complaint', 'objective', 'management_review', 'inspection', 'external_audit', 'other'] as const;
export const capaSourceSchema = z.enum(CAPA_SOURCES);
export type CapaSource = (typeof CAPA_SOURCES)[number];
export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export const severitySchema = z.enum(SEVERITIES);
/** 人/机/料/法/环/测 */
export const FISHBONE_CATEGORIES = ['people', 'equipment', 'materials', 'methods', 'environment', 'measurement'] as const;
export type FishboneCategory = (typeof FISHBONE_CATEGORIES)[number];
export const CAUSE_STATUSES = ['open', 'confirmed', 'ruled_out'] as const;
export const MAX_WHYS = 5;
export const capaStateSchema = z.enum(capaLifecycle.states);
export const capaStepSchema = z.enum(Object.keys(capaLifecycle.steps) as [keyof typeof capaLifecycle.steps, ...(keyof typeof capaLifecycle.steps)[]]);
export const FOLLOWUP_KINDS = ['document', 'risk', 'training'] as const;

export const capaListItemSchema = z.object({
  id: idSchema,
  number: z.string(),
  title: z.string(),
  sourceType: capaSourceSchema,
  sourceRef: z.string().nullable(),
  unitId: idSchema,
  unitName: z.string(),
  ownerPersonId: idSchema,
  ownerName: z.string(),
  severity: severitySchema,
  status: capaStateSchema,
  raisedOn: dateSchema,
  dueDate: dateSchema,
  overdue: z.boolean(),
  openActions: z.number().int(),
  reopened: z.number().int(),
});
export type CapaListItem = z.infer<typeof capaListItemSchema>;

const by = { by: z.string().nullable(), at: timestampSchema.nullable() };
export const whySchema = z.object({ level: z.number().int(), answer: z.string(), rootCause: z.boolean() });
export const causeSchema = z.object({ id: idSchema, category: z.enum(FISHBONE_CATEGORIES), cause: z.string(), status: z.enum(CAUSE_STATUSES) });
export const analysisSchema = z.object({ round: z.number().int(), whys: z.array(whySchema), causes: z.array(causeSchema), ...by });
export const verificationSchema = z.object({
  id: idSchema,
  round: z.number().int(),
  verifierName: z.string(),
  verifiedOn: dateSchema,
  criteria: z.string(),
  result: z.string(),
  verdict: z.enum(['effective', 'not_effective']),
  evidenceIds: z.array(idSchema),
  createdAt: timestampSchema,
});
export const followUpSchema = z.object({
  ...recordMeta,
  kind: z.enum(FOLLOWUP_KINDS),
  targetId: idSchema.nullable(),
  note: z.string(),
  doneOn: dateSchema.nullable(),
  doneBy: z.string().nullable(),
});

export const capaSchema = capaListItemSchema.extend({
  ...recordMeta,
  sourceId: idSchema.nullable(),
  sourceLink: z.string().nullable(),
  verifierPersonId: idSchema.nullable(),
  verifierName: z.string().nullable(),
  problem: z.object({ what: z.string(), where: z.string(), when: z.string(), extent: z.string() }),
  evidence: z.object({ problem: z.array(idSchema), containment: z.array(idSchema) }),
  containment: z.object({ text: z.string().nullable(), ...by }),
  round: z.number().int(),
  /** This round's analysis first, then earlier rounds (kept when a verification found it not effective). */
  analyses: z.array(analysisSchema),
  actions: z.array(actionSchema),
  verifications: z.array(verificationSchema),
  /** Default verification date: 90 days after the last action was done. */
  verifyAfter: dateSchema.nullable(),
  followUps: z.array(followUpSchema),
  signatures: z.array(signatureSchema),
  closedAt: timestampSchema.nullable(),
  /** The lifecycle steps the caller may take now (the renderer's buttons). */
  steps: z.array(capaStepSchema),
  /** Whether the caller may edit the record's analysis and actions (the owner or a quality manager). */
  mayWork: z.boolean(),
});
export type Capa = z.infer<typeof capaSchema>;

export const capaListInput = z
  .object({
    q: optionalText(100).optional(),
    sourceType: capaSourceSchema.optional(),
    unitId: idSchema.optional(),
    ownerPersonId: idSchema.optional(),
    statuses: z.array(capaStateSchema).max(10).optional(),
    severity: severitySchema.optional(),
    overdue: z.boolean().optional(),
    ...pageInput,
  })
  .strict();

const ref = { id: idSchema, version: z.number().int().min(1) };
const problemInput = z.object({ what: text(4000), where: optionalText(500).default(''), when: optionalText(200).default(''), extent: optionalText(500).default('') });
const capaFields = {
  title: text(200),
  unitId: idSchema,
  ownerPersonId: idSchema,
  verifierPersonId: idSchema.nullable().optional(),
  severity: severitySchema,
  problem: problemInput,
  dueDate: dateSchema,
};

export const capaMethods = {
  'capa.list': method({
    input: capaListInput,
    output: z.object({ items: z.array(capaListItemSchema), total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** Open and overdue corrective actions, and open overdue actions (the home page's counts). */
  'capa.counts': method({
    input: z.object({}).strict(),
    output: z.object({ open: z.number().int(), overdue: z.number().int(), overdueActions: z.number().int(), ineffective: z.number().int() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'capa.get': method({ input: z.object({ id: idSchema }).strict(), output: capaSchema, roles: ALL_ROLES, mutates: false }),
  'capa.create': method({
    input: z
      .object({
        ...capaFields,
        sourceType: capaSourceSchema,
        /** The source record (for source types with records, e.g. an audit finding). */
        sourceId: idSchema.nullable().optional(),
        /** A text reference for sources without a record (external audit, inspection, other). */
        sourceRef: optionalText(200).optional(),
        evidenceIds: z.array(idSchema).max(50).default([]),
      })
      .strict(),
    output: capaSchema,
    roles: ['quality_manager', 'author', 'auditor'],
    mutates: true,
  }),
  'capa.update': method({
    input: z.object({ ...ref, ...capaFields, sourceRef: optionalText(200).optional() }).strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'capa.setContainment': method({
    input: z.object({ ...ref, text: text(4000), evidenceIds: z.array(idSchema).max(50).default([]) }).strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** The 5-whys chain of this round: level 1 answers why the problem happened, each next the previous; the last is the root cause. */
  'capa.setWhys': method({
    input: z.object({ ...ref, whys: z.array(text(1000)).max(20) }).strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** The fishbone causes of this round, under 人/机/料/法/环/测. */
  'capa.setCauses': method({
    input: z
      .object({ ...ref, causes: z.array(z.object({ category: z.string().max(40), cause: text(500), status: z.enum(CAUSE_STATUSES).default('open') })).max(60) })
      .strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'capa.step': method({
    input: z.object({ ...ref, step: z.enum(PLAIN_STEPS), comment: optionalText(2000).optional(), password: z.string().max(200).optional() }).strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** Effectiveness verification by someone other than the owner: effective → verified, not effective → back to analysis. */
  'capa.verify': method({
    input: z
      .object({
        ...ref,
        verifiedOn: dateSchema,
        criteria: text(2000),
        result: text(4000),
        verdict: z.enum(['effective', 'not_effective']),
        evidenceIds: z.array(idSchema).max(50).default([]),
      })
      .strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'capa.addFollowUp': method({
    input: z.object({ ...ref, kind: z.enum(FOLLOWUP_KINDS), targetId: idSchema.nullable().optional(), note: text(1000) }).strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  'capa.doneFollowUp': method({
    input: z.object({ ...ref, followUpId: idSchema, doneOn: dateSchema }).strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /**
   * "Raise corrective action" from a source record, prefilled by its module (a major or minor audit finding): by a
   * quality manager or whoever the source allows (the audit team, the audited unit's head or named auditee).
   */
  'capa.raiseFromSource': method({
    input: z.object({ sourceType: capaSourceSchema, sourceId: idSchema, ownerPersonId: idSchema.optional(), dueDate: dateSchema.optional() }).strict(),
    output: capaSchema,
    roles: ALL_ROLES,
    mutates: true,
  }),
  /** Corrective actions raised from one source record (a finding, a complaint…). */
  'capa.forSource': method({
    input: z.object({ sourceType: capaSourceSchema, sourceId: idSchema }).strict(),
    output: z.array(z.object({ id: idSchema, number: z.string(), status: capaStateSchema })),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** 纠正措施报告单 as .docx (problem, containment, 5 whys, the fishbone picture, actions, verification, signatures). */
  'capa.exportWord': method({
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  /** The register as filtered, to .xlsx. */
  'capa.exportXlsx': method({
    input: capaListInput.omit({ page: true, pageSize: true }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    roles: MANAGERS.concat(['auditor', 'executive']),
    mutates: false,
  }),
};
