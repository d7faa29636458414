import type { MethodName } from '../../../shared/api/contract';
import type { Handlers } from '../context';
import { attachmentsHandlers } from './attachments';
import { auditHandlers } from './audit';
import { auditLogHandlers } from './audit-log';
import { authHandlers } from './auth';
import { departmentsHandlers } from './departments';
import { documentsHandlers } from './documents';
import { orgHandlers } from './org';
import { checklistsHandlers } from './checklists';
import { findingsHandlers } from './findings';
import './finding-capa';
import { readingHandlers } from './reading';
import { trainingHandlers } from './training';
import { revisionsHandlers } from './revisions';
import { routesHandlers } from './routes';
import { tasksHandlers } from './tasks';
import { registerHandlers } from './register';
import { searchHandlers } from './search';
import { securityHandlers } from './security';
import { wordHandlers } from './word';
import { jobsHandlers } from './jobs';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { usersHandlers } from './users';
import { auditCoreHandlers } from './audits';
import { auditExportHandlers } from './audit-export';
import { programmesHandlers } from './programmes';
import { programmeApprovalHandlers } from './programme-approval';
import { scopeHandlers } from './scope';
import { matrixHandlers } from './matrix';
import { actionsHandlers } from './actions';
import { capaHandlers } from './capa';
import { risksHandlers } from './risks';

/** Every method of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: Handlers<MethodName> = {
  ...systemHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...departmentsHandlers,
  ...documentsHandlers,
  ...revisionsHandlers,
  ...routesHandlers,
  ...tasksHandlers,
  ...searchHandlers,
  ...registerHandlers,
  ...wordHandlers,
  ...jobsHandlers,
  ...auditHandlers,
  ...auditLogHandlers,
  ...settingsHandlers,
  ...attachmentsHandlers,
  ...securityHandlers,
  ...orgHandlers,
  ...checklistsHandlers,
  ...findingsHandlers,
  ...auditCoreHandlers,
  ...auditExportHandlers,
  ...programmesHandlers,
  ...programmeApprovalHandlers,
  ...scopeHandlers,
  ...matrixHandlers,
  ...actionsHandlers,
  ...capaHandlers,
  ...risksHandlers,
  ...readingHandlers,
  ...trainingHandlers,
};
