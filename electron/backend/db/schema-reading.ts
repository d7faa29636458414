/** Tables of migration reading_and_training: 阅知确认 and training records (kept apart from schema.ts). */
export interface ReadingTrainingTables {
  document_scope: { document_id: string; target_kind: 'unit' | 'position'; target_id: string; created_at: string };
  revision_training: { revision_id: string; set_by: string | null; created_at: string };
  read_confirmations: {
    id: string;
    revision_id: string;
    document_id: string;
    person_id: string;
    unit_id: string | null;
    due_at: string;
    confirmed_at: string | null;
    recorded_by: string | null;
    recorded_by_name: string | null;
    on_paper: number;
    paper_date: string | null;
    attachment_id: string | null;
    content_hash: string | null;
    created_at: string;
  };
  training_topics: { id: string; title: string; document_id: string | null; validity_months: number | null; version: number; created_at: string; updated_at: string };
  position_topics: { position_id: string; topic_id: string };
  training_sessions: {
    id: string;
    topic_id: string;
    revision_id: string | null;
    held_on: string;
    trainer: string;
    hours: number;
    method: string;
    unit_id: string | null;
    notes: string;
    attachment_id: string | null;
    created_by: string | null;
    created_at: string;
  };
  training_attendance: { session_id: string; person_id: string; result: 'passed' | 'failed' | 'attended' };
  training_requirements: { id: string; topic_id: string; person_id: string; revision_id: string | null; reason: string; source: string | null; created_at: string };
}
