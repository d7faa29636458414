-- The 质量职能分配表 (responsibility matrix) as a controlled record: versions (draft → in approval → effective,
-- superseded by the next), each with its grid of marks. Rows are applicable clauses ('clause:8.2') and processes
-- ('process:<id>'); columns are units of the version's level. An effective version keeps the rows and columns it
-- was approved with (frozen_json), so a later change of scope or units does not rewrite what was signed.
CREATE TABLE matrix_versions (
  id           TEXT PRIMARY KEY,
  number       INTEGER NOT NULL UNIQUE,
  level_kind   TEXT NOT NULL,
  state        TEXT NOT NULL CHECK (state IN ('draft', 'in_approval', 'effective', 'superseded')),
  round        INTEGER NOT NULL DEFAULT 0,
  created_by   TEXT REFERENCES users (id),
  frozen_json  TEXT,
  effective_at TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE TABLE matrix_cells (
  version_id TEXT NOT NULL REFERENCES matrix_versions (id),
  row_key    TEXT NOT NULL,
  unit_id    TEXT NOT NULL REFERENCES departments (id),
  mark       TEXT NOT NULL CHECK (mark IN ('lead', 'main', 'support')),
  PRIMARY KEY (version_id, row_key, unit_id)
);
-- The one-★ rule's upper half, held by the store itself: never two ★ in one row.
CREATE UNIQUE INDEX matrix_cells_one_lead ON matrix_cells (version_id, row_key) WHERE mark = 'lead';
