import type { Selectable } from 'kysely';

/** The one typed view of the store; migrations/ is the truth, this mirrors it. */
export interface Database {
  settings: { key: string; value: string; updated_at: string };
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  number_sequences: { key: string; value: number };
  documents: DocumentsTable;
  audit_log: AuditLogTable;
  audit_head: { id: number; seq: number; hash: string };
}

interface Meta {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DepartmentsTable extends Meta {
  name: string;
  code: string | null;
}

export interface UsersTable extends Meta {
  username: string;
  display_name: string;
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
}

export interface DocumentsTable extends Meta {
  number: string;
  title: string;
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
}

export type UserRow = Selectable<UsersTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type DepartmentRow = Selectable<DepartmentsTable>;
export type AuditRow = Selectable<AuditLogTable>;
