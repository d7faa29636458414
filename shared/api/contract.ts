import type { z } from 'zod';
import { attachmentsMethods } from '../attachments/contract';
import { auditMethods } from '../audit/contract';
import { auditLogMethods } from '../audit/log';
import { authMethods } from '../auth/contract';
import { departmentsMethods } from '../departments/contract';
import { documentsMethods } from '../documents/contract';
import { orgMethods } from '../org/contract';
import { checklistsMethods } from '../audits/checklists';
import { findingsMethods } from '../audits/findings';
import { readingMethods } from '../reading/contract';
import { trainingMethods } from '../training/contract';
import { revisionsMethods } from '../revisions/contract';
import { routesMethods } from '../routes/contract';
import { tasksMethods } from '../tasks/contract';
import { registerMethods } from '../register/contract';
import { searchMethods } from '../search/contract';
import { securityMethods } from '../security/contract';
import { wordMethods } from '../word/contract';
import { jobsMethods } from '../jobs/contract';
import { settingsMethods } from '../settings/contract';
import { systemMethods } from '../system/contract';
import { usersMethods } from '../users/contract';
import { auditCoreMethods } from '../audits/core-contract';
import { scopeMethods } from '../scope/contract';
import { matrixMethods } from '../matrix/contract';
import { actionsMethods } from '../actions/contract';
import { capaMethods } from '../capa/contract';
import { risksMethods } from '../risks/contract';
import { auditExportMethods } from '../audits/export-contract';

/** Every API method, named domain.verb, with its input and output schema and who may call it. */
export const contract = {
  ...systemMethods,
  ...authMethods,
  ...usersMethods,
  ...departmentsMethods,
  ...documentsMethods,
  ...revisionsMethods,
  ...routesMethods,
  ...tasksMethods,
  ...searchMethods,
  ...registerMethods,
  ...wordMethods,
  ...jobsMethods,
  ...auditMethods,
  ...auditLogMethods,
  ...settingsMethods,
  ...attachmentsMethods,
  ...securityMethods,
  ...orgMethods,
  ...checklistsMethods,
  ...findingsMethods,
  ...auditCoreMethods,
  ...scopeMethods,
  ...matrixMethods,
  ...actionsMethods,
  ...capaMethods,
  ...risksMethods,
  ...auditExportMethods,
  ...readingMethods,
  ...trainingMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a service receives, after validation filled defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
