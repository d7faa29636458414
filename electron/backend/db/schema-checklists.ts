/** Tables of checklists and findings (migration audit_checklists_findings). */
interface Meta {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

interface Citation {
  revision_id: string | null;
  node_id: string | null;
  cited_document: string | null;
  cited_revision_label: string | null;
  cited_label: string | null;
  cited_text: string | null;
}

export interface ChecklistLinesTable extends Meta, Citation {
  audit_id: string;
  unit_id: string | null;
  position: number;
  clause: string | null;
  question: string;
  method: string | null;
  record: string;
  result: string | null;
  updated_by: string | null;
  removed_at: string | null;
}

export interface AuditFindingsTable extends Meta, Citation {
  audit_id: string;
  line_id: string | null;
  unit_id: string;
  year: number;
  seq: number | null;
  number: string | null;
  provisional_number: string | null;
  grade: string;
  facts: string;
  auditor_person_id: string | null;
  auditor_name: string;
  status: string;
  withdraw_reason: string | null;
  capa_id: string | null;
  no_capa_reason: string | null;
  created_by: string | null;
  updated_by: string | null;
}

interface AttachmentLink extends Meta {
  attachment_id: string;
  created_by: string | null;
  removed_at: string | null;
}

export interface ChecklistTables {
  checklist_templates: Meta & { name: string; description: string; lines: string; retired_at: string | null; created_by: string | null };
  checklist_lines: ChecklistLinesTable;
  checklist_line_attachments: AttachmentLink & { line_id: string };
  audit_findings: AuditFindingsTable;
  audit_finding_clauses: Meta & { finding_id: string; clause: string; removed_at: string | null };
  audit_finding_attachments: AttachmentLink & { finding_id: string };
  audit_finding_acknowledgments: Meta & {
    finding_id: string;
    user_id: string | null;
    person_id: string | null;
    name: string;
    capacity: string;
    comment: string | null;
    acknowledged_at: string;
    removed_at: string | null;
  };
}
