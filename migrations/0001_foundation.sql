-- Foundation: settings, departments, users and sessions, the document register, the audit trail.
-- Ids are UUIDv7 text; timestamps are ISO 8601 UTC text; `version` counts updates (optimistic locking).

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,            -- JSON
  updated_at TEXT NOT NULL
);

INSERT INTO settings (key, value, updated_at) VALUES
  ('organisationName', '""', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('documentNumberPattern', '"QM-{type}-{seq:3}"', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE departments (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL COLLATE NOCASE UNIQUE,
  code       TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL COLLATE NOCASE UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('quality_manager', 'author', 'auditor', 'executive')),
  department_id TEXT REFERENCES departments (id),
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE sessions (
  id           TEXT PRIMARY KEY,        -- SHA-256 of the bearer token; the token itself is never stored
  user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  remember     INTEGER NOT NULL CHECK (remember IN (0, 1)),
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at   TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE number_sequences (
  key   TEXT PRIMARY KEY,               -- the numbering pattern filled in except for {seq}
  value INTEGER NOT NULL
);

CREATE TABLE documents (
  id               TEXT PRIMARY KEY,
  number           TEXT NOT NULL COLLATE NOCASE UNIQUE,
  title            TEXT NOT NULL,
  type             TEXT NOT NULL CHECK (type IN ('manual', 'regulation', 'procedure', 'work_instruction', 'form')),
  department_id    TEXT REFERENCES departments (id),
  owner_id         TEXT REFERENCES users (id),
  status           TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'effective', 'obsolete')),
  version_label    TEXT NOT NULL,
  effective_date   TEXT,
  next_review_date TEXT,
  tags             TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  obsolete_reason  TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES users (id),
  updated_by       TEXT REFERENCES users (id)
);
-- Lists sort by one column with the number as tie-breaker, so every sort order can walk an index.
CREATE INDEX documents_status_number ON documents (status, number);
CREATE INDEX documents_type_number ON documents (type, number);
CREATE INDEX documents_department ON documents (department_id, type, status);
CREATE INDEX documents_owner ON documents (owner_id);
CREATE INDEX documents_title ON documents (title, number);
CREATE INDEX documents_updated ON documents (updated_at, number);
CREATE INDEX documents_effective ON documents (effective_date, number);
CREATE INDEX documents_review ON documents (next_review_date, number);

-- Append-only, hash-chained: hash = SHA-256 over the entry's fields and prev_hash.
CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  at          TEXT NOT NULL,
  actor_id    TEXT,
  actor_name  TEXT,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  action      TEXT NOT NULL,
  before      TEXT,                      -- JSON or NULL
  after       TEXT,                      -- JSON or NULL
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);

-- The newest entry's seq and hash, so that removing entries from the end is detected too.
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
