/** Tables of migration capa_and_actions (corrective actions and the shared actions piece); spread into Database. */
interface Meta {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ActionsTable extends Meta {
  parent_type: string;
  parent_id: string;
  kind: string;
  description: string;
  owner_person_id: string;
  unit_id: string | null;
  due_date: string;
  status: string;
  done_on: string | null;
  done_note: string | null;
  cancel_reason: string | null;
}

export interface CapasTable extends Meta {
  number: string;
  title: string;
  source_type: string;
  source_id: string | null;
  source_ref: string | null;
  unit_id: string;
  owner_person_id: string;
  verifier_person_id: string | null;
  severity: string;
  problem_what: string;
  problem_where: string;
  problem_when: string;
  problem_extent: string;
  raised_on: string;
  due_date: string;
  status: string;
  round: number;
  containment: string | null;
  containment_by: string | null;
  containment_at: string | null;
  verify_after: string | null;
  closed_at: string | null;
}

export interface CapaTables {
  actions: ActionsTable;
  action_evidence: { action_id: string; attachment_id: string; created_at: string };
  capas: CapasTable;
  capa_evidence: { capa_id: string; attachment_id: string; part: string; created_at: string };
  capa_whys: { capa_id: string; round: number; level: number; answer: string; recorded_by: string; recorded_at: string };
  capa_causes: { id: string; capa_id: string; round: number; category: string; cause: string; status: string; sort_order: number; recorded_by: string; recorded_at: string };
  capa_verifications: {
    id: string;
    capa_id: string;
    round: number;
    verifier_user_id: string;
    verifier_name: string;
    verified_on: string;
    criteria: string;
    result: string;
    verdict: string;
    created_at: string;
  };
  capa_followups: Meta & { capa_id: string; kind: string; target_id: string | null; note: string; done_on: string | null; done_by: string | null };
}
