import { z } from 'zod';
import { idSchema, method } from '../api/common';
import { ALL_ROLES } from '../auth/roles';
import { jobStartedSchema } from '../jobs/contract';
import { yearSchema } from './schemas';

/** A Word file as the exports hand it back (as word.export does). */
export const auditDocxOutputSchema = z.object({ fileName: z.string(), base64: z.string() });

const auditInput = z.object({ auditId: idSchema }).strict();
const findingInput = z.object({ findingId: idSchema }).strict();
const programmeInput = z.object({ year: yearSchema }).strict();

/**
 * The Word exports of internal audits. Who may: the report — quality managers, executives and the audit team; a
 * finding's form — whoever may see the finding; the plan and the programme — anyone (they are sent to the auditees).
 * Each `…Start` runs the same work as a job (jobs.get gives its result).
 */
export const auditExportMethods = {
  'audits.exportReport': method({ input: auditInput, output: auditDocxOutputSchema, roles: ALL_ROLES, mutates: false }),
  'audits.exportReportStart': method({ input: auditInput, output: jobStartedSchema, roles: ALL_ROLES, mutates: false }),
  'audits.exportPlan': method({ input: auditInput, output: auditDocxOutputSchema, roles: ALL_ROLES, mutates: false }),
  'audits.exportPlanStart': method({ input: auditInput, output: jobStartedSchema, roles: ALL_ROLES, mutates: false }),
  'audits.exportFinding': method({ input: findingInput, output: auditDocxOutputSchema, roles: ALL_ROLES, mutates: false }),
  'audits.exportFindingStart': method({ input: findingInput, output: jobStartedSchema, roles: ALL_ROLES, mutates: false }),
  'programmes.export': method({ input: programmeInput, output: auditDocxOutputSchema, roles: ALL_ROLES, mutates: false }),
  'programmes.exportStart': method({ input: programmeInput, output: jobStartedSchema, roles: ALL_ROLES, mutates: false }),
};
