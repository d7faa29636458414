-- Scope (ISO 4.3): which clauses of ISO 9001 apply to this organisation. A clause without a row applies; an
-- exclusion (typically 8.3 for a service company) carries its justification. And the organisation's own
-- processes (a list with an owner unit), which the responsibility matrix and audit coverage use beside clauses.
CREATE TABLE clause_scope (
  clause        TEXT PRIMARY KEY,
  applicable    INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
  justification TEXT,
  updated_by    TEXT REFERENCES users (id),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (applicable = 1 OR length(trim(coalesce(justification, ''))) > 0)
);

CREATE TABLE processes (
  id            TEXT PRIMARY KEY,
  code          TEXT NOT NULL,
  name          TEXT NOT NULL,
  owner_unit_id TEXT REFERENCES departments (id),
  sort_order    INTEGER NOT NULL DEFAULT 0,
  closed_at     TEXT,                      -- a process no longer run keeps its history
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX processes_code ON processes (upper(code));
