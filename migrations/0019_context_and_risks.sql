-- Context of the organisation (ISO 4.1, 4.2) and risks and opportunities (6.1). Context entries are internal and
-- external issues and interested parties with their requirements, each dated and reviewed (history in the trail).
-- A risk or opportunity is rated likelihood × impact (1–5 each; the bands are a setting) and treated by actions
-- of the shared actions piece (parent_type 'risk').
CREATE TABLE context_items (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('internal', 'external', 'party')),
  title         TEXT NOT NULL,
  detail        TEXT NOT NULL DEFAULT '',      -- the issue, or the party's needs and requirements
  recorded_on   TEXT NOT NULL,
  reviewed_on   TEXT,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX context_items_kind ON context_items (kind, active);

CREATE TABLE risks (
  id              TEXT PRIMARY KEY,
  number          TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL CHECK (kind IN ('risk', 'opportunity')),
  description     TEXT NOT NULL,
  source_kind     TEXT NOT NULL CHECK (source_kind IN ('process', 'unit', 'issue', 'other')),
  source_id       TEXT,
  likelihood      INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact          INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  treatment       TEXT NOT NULL DEFAULT '',
  owner_person_id TEXT NOT NULL REFERENCES people (id),
  unit_id         TEXT REFERENCES departments (id),
  status          TEXT NOT NULL CHECK (status IN ('open', 'treating', 'monitoring', 'closed')),
  review_date     TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX risks_status ON risks (status, review_date);
