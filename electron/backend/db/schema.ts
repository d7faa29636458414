import type { Generated, Selectable } from 'kysely';
import type { CapaTables } from './schema-capa';
import type { ChecklistTables } from './schema-checklists';
import type { ReadingTrainingTables } from './schema-reading';
import type { RiskTables } from './schema-risks';

/** The one typed view of the store; migrations/ is the truth, this mirrors it. */
export interface Database extends CapaTables, RiskTables, ChecklistTables, ReadingTrainingTables {
  settings: { key: string; value: string; updated_at: string };
  departments: DepartmentsTable;
  people: PeopleTable;
  positions: PositionsTable;
  person_positions: { person_id: string; position_id: string; is_primary: number; created_at: string };
  users: UsersTable;
  sessions: SessionsTable;
  account_security: AccountSecurityTable;
  audit_personal_keys: { entity: string; entity_id: string; key: string; created_at: string };
  number_sequences: { key: string; value: number };
  documents: DocumentsTable;
  audit_log: AuditLogTable;
  audit_head: { id: number; seq: number; hash: string };
  revisions: RevisionsTable;
  signatures: SignaturesTable;
  document_approvers: { document_id: string; user_id: string };
  tasks: TasksTable;
  clause_scope: { clause: string; applicable: number; justification: string | null; updated_by: string | null; version: number; created_at: string; updated_at: string };
  processes: ProcessesTable;
  matrix_versions: MatrixVersionsTable;
  matrix_cells: { version_id: string; row_key: string; unit_id: string; mark: string };
  approval_routes: ApprovalRoutesTable;
  audit_programmes: AuditProgrammesTable;
  audit_programme_gaps: AuditProgrammeGapsTable;
  audits: AuditsTable;
  audit_team: AuditTeamTable;
  audit_units: AuditUnitsTable;
  audit_auditees: AuditAuditeesTable;
  audit_criteria: AuditCriteriaTable;
  audit_slots: AuditSlotsTable;
  audit_meetings: AuditMeetingsTable;
  audit_independence_exceptions: AuditIndependenceExceptionsTable;
  document_search_map: { doc_rowid: Generated<number>; document_id: string };
  document_search: { rowid: number; number: string; title: string; body: string };
  document_search_grams: { rowid: number; grams: string };
  attachments: {
    id: string;
    sha256: string;
    size: number;
    media_type: string;
    name: string;
    data: Buffer;
    width: number | null;
    height: number | null;
    thumbnail: Buffer | null;
    created_by: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  word_layouts: { revision_id: string; variant: string; data: string | null; created_at: string; updated_at: string };
  database_identity: { id: number; database_id: string; kind: 'main' | 'kit'; created_at: string };
  database_secret: { id: number; secret: Buffer };
  kit_exports: { kit_id: string; scopes: string; for_users: string; seal: string; created_at: string; created_by: string | null };
  kit_export_scopes: { scope: string; sequence: number; kit_id: string };
  kit_imports: { kit_id: string; scope: string; sequence: number; merged_at: string; merged_by: string | null; entries: number };
  kit_info: { id: number; kit_id: string; main_database_id: string; scopes: string; for_users: string; seal: string; created_at: string; created_by: string | null };
  kit_base: { tbl: string; row_id: string; data: string };
  kit_records: { entity: string; entity_id: string };
  migration_report: {
    id: Generated<number>;
    migration: string;
    entity: string;
    entity_id: string | null;
    message: string;
    details: string | null;
    created_at: string;
  };
}

interface Meta {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DepartmentsTable extends Meta {
  parent_id: string | null;
  kind: string;
  name: string;
  /** sortKey(name), shared/text/sort-key.ts */
  name_sort: string;
  code: string | null;
  head_person_id: string | null;
  sort_order: number;
  closed_at: string | null;
}

export interface PeopleTable extends Meta {
  name: string;
  employee_no: string | null;
  user_id: string | null;
  phone: string | null;
  email: string | null;
  absent: number;
  active: number;
}

export interface PositionsTable extends Meta {
  department_id: string;
  title: string;
  duties: string;
  duties_text: string;
  education: string;
  qualifications: string;
  training_topics: string;
  headcount: number;
  deputy_person_id: string | null;
}

export interface UsersTable extends Meta {
  username: string;
  display_name: string;
  /** sortKey(display_name) */
  name_sort: string;
  role: string;
  department_id: string | null;
  password_hash: string;
  active: number;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  remember: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  must_change_password: Generated<number>;
}

export interface AccountSecurityTable {
  user_id: string;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  last_sign_in_at: string | null;
  failed_since_sign_in: Generated<number>;
  password_changed_at: string | null;
}

export interface DocumentsTable extends Meta {
  number: string;
  title: string;
  /** sortKey(title) */
  title_sort: string;
  type: string;
  department_id: string | null;
  owner_id: string | null;
  status: string;
  version_label: string;
  effective_date: string | null;
  next_review_date: string | null;
  tags: string;
  obsolete_reason: string | null;
  created_by: string | null;
  updated_by: string | null;
  review_interval_months: number;
  language: string;
}

export interface RevisionsTable extends Meta {
  document_id: string;
  revision_no: number;
  label: string;
  status: string;
  content: string;
  content_hash: string;
  body_text: string;
  change_reason: string | null;
  rejection: string | null;
  effective_date: string | null;
  author_id: string | null;
  /** JSON list of route steps after 编制, copied at submission. */
  route: string | null;
  round: number;
  origin: string;
  /** The attachment that is the body of a file-bodied revision. */
  attachment_id: string | null;
}

export interface ApprovalRoutesTable extends Meta {
  document_type: string | null;
  document_id: string | null;
  steps: string;
}

export interface SignaturesTable {
  id: string;
  entity_type: string;
  entity_id: string;
  round: number;
  step: number | null;
  signer_id: string;
  signer_name: string;
  signer_role: string;
  meaning: string;
  content_hash: string;
  comment: string | null;
  signed_at: string;
  voided_at: string | null;
  void_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
  /** Hash format: 1 before the field-kit migration, 2 since (covers format and origin). */
  format: number;
  /** JSON, on entries merged from a field kit (shared/kit/origin.ts). */
  origin: string | null;
}

export type UserRow = Selectable<UsersTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type DepartmentRow = Selectable<DepartmentsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type PositionRow = Selectable<PositionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type RevisionRow = Selectable<RevisionsTable>;
export type SignatureRow = Selectable<SignaturesTable>;

export interface TasksTable {
  id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  assignee_id: string;
  unit_id: string | null;
  from_name: string | null;
  parent_id: string | null;
  ref: string | null;
  title: string;
  label: string | null;
  detail: string | null;
  link: string;
  since: string;
  due_at: string | null;
  created_at: string;
  closed_at: string | null;
}
export type TaskRow = Selectable<TasksTable>;

export interface ProcessesTable {
  id: string;
  code: string;
  name: string;
  owner_unit_id: string | null;
  sort_order: number;
  closed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Internal audits (migration audit_core): rows are never deleted; children carry removed_at as a tombstone. */
interface Tombstoned extends Meta {
  removed_at: string | null;
}
export interface AuditProgrammesTable extends Meta {
  year: number;
  title: string;
  notes: string;
  status: 'draft' | 'in_approval' | 'approved' | 'withdrawn';
  route: string | null;
  round: number;
  approved_at: string | null;
  created_by: string | null;
  updated_by: string | null;
}
export interface AuditProgrammeGapsTable extends Tombstoned {
  programme_id: string;
  clause: string;
  unit_id: string | null;
  justification: string;
}
export interface AuditsTable extends Meta {
  programme_id: string | null;
  year: number;
  seq: number | null;
  code: string | null;
  provisional_code: string | null;
  title: string;
  planned_month: number;
  purpose: string;
  scope: string;
  start_date: string | null;
  end_date: string | null;
  status: 'planned' | 'in_progress' | 'reporting' | 'closed' | 'cancelled';
  plan_issued_at: string | null;
  cancel_reason: string | null;
  closed_at: string | null;
  created_by: string | null;
  updated_by: string | null;
}
export interface AuditTeamTable extends Tombstoned {
  audit_id: string;
  person_id: string;
  role: 'lead' | 'auditor';
}
export interface AuditUnitsTable extends Tombstoned {
  audit_id: string;
  unit_id: string;
}
export interface AuditAuditeesTable extends Tombstoned {
  audit_id: string;
  unit_id: string;
  person_id: string;
}
export interface AuditCriteriaTable extends Tombstoned {
  audit_id: string;
  kind: 'clause' | 'process' | 'revision';
  clause: string | null;
  process_id: string | null;
  revision_id: string | null;
}
export interface AuditSlotsTable extends Tombstoned {
  audit_id: string;
  date: string;
  time_from: string;
  time_to: string;
  unit_id: string;
  /** JSON array of people ids. */
  auditor_ids: string;
  /** JSON array of clause numbers. */
  clauses: string;
}
export interface AuditMeetingsTable extends Tombstoned {
  audit_id: string;
  kind: 'opening' | 'closing';
  at: string;
  place: string | null;
  /** JSON array of people ids. */
  attendee_ids: string;
}
export interface AuditIndependenceExceptionsTable extends Tombstoned {
  audit_id: string;
  person_id: string;
  unit_id: string;
  justification: string;
  recorded_by: string | null;
}
export type AuditProgrammeRow = Selectable<AuditProgrammesTable>;
export type InternalAuditRow = Selectable<AuditsTable>;
export interface MatrixVersionsTable {
  id: string;
  number: number;
  level_kind: string;
  state: string;
  round: number;
  created_by: string | null;
  frozen_json: string | null;
  effective_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
