-- The auditor's field kit: identity, the seal's secret, kit bookkeeping, and versioned trail entries.

-- Every database's permanent id, given once (at creation, or here for existing ones, by the migration step).
-- kind: 'main' for a database made by init/demo/the app; 'kit' for a field database unpacked from a kit.
CREATE TABLE database_identity (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  database_id TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('main', 'kit')),
  created_at  TEXT NOT NULL
);

-- The key of the seals a main database puts on the kits it exports. Never exported: a kit's database is
-- built fresh (migrations, then the selected rows), so it cannot carry this row.
CREATE TABLE database_secret (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  secret BLOB NOT NULL
);

-- Trail entries get a hash format: 1 = the original formula (entries written before this migration),
-- 2 = the formula that also covers format and origin. origin (JSON) is set on entries merged from a field
-- kit: the kit id, when the entry was made in the field, its field sequence and hash, who merged it.
ALTER TABLE audit_log ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN origin TEXT;

-- In a main database: the kits it exported. scopes: JSON [{scope, label, sequence}].
CREATE TABLE kit_exports (
  kit_id     TEXT PRIMARY KEY,
  scopes     TEXT NOT NULL,
  for_users  TEXT NOT NULL,
  seal       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT
);
-- The export sequence per scope (e.g. one audit): 1, 2, 3 … in the order kits were exported.
CREATE TABLE kit_export_scopes (
  scope    TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  kit_id   TEXT NOT NULL REFERENCES kit_exports (kit_id),
  PRIMARY KEY (scope, sequence)
);
-- In a main database: what was merged back, per kit and scope (the same kit twice is a no-op, an older one refused).
CREATE TABLE kit_imports (
  kit_id     TEXT NOT NULL,
  scope      TEXT NOT NULL,
  sequence   INTEGER NOT NULL,
  merged_at  TEXT NOT NULL,
  merged_by  TEXT,
  entries    INTEGER NOT NULL,
  PRIMARY KEY (kit_id, scope)
);
CREATE INDEX kit_imports_scope ON kit_imports (scope, sequence);

-- In a field (kit) database: where it came from, its seal, and the header it was exported with.
CREATE TABLE kit_info (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  kit_id           TEXT NOT NULL,
  main_database_id TEXT NOT NULL,
  scopes           TEXT NOT NULL,
  for_users        TEXT NOT NULL,
  seal             TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  created_by       TEXT
);
-- The exported base, exactly as sealed: one canonical JSON per row (blobs by their SHA-256).
CREATE TABLE kit_base (
  tbl    TEXT NOT NULL,
  row_id TEXT NOT NULL,
  data   TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id)
);
-- The records the field may change (by trail entity and id); everything else in a kit is read-only.
CREATE TABLE kit_records (
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id)
);
