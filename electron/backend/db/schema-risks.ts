/** Tables of migration context_and_risks (context and risks); spread into Database. */
export interface RiskTables {
  context_items: { id: string; kind: string; title: string; detail: string; recorded_on: string; reviewed_on: string | null; active: number; version: number; created_at: string; updated_at: string };
  risks: {
    id: string;
    number: string;
    kind: string;
    description: string;
    source_kind: string;
    source_id: string | null;
    likelihood: number;
    impact: number;
    treatment: string;
    owner_person_id: string;
    unit_id: string | null;
    status: string;
    review_date: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
}
