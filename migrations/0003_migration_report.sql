-- What a migration's TypeScript step changed in existing records, for the quality manager to read:
-- one row per change, written in the migration's own transaction.
CREATE TABLE migration_report (
  id          INTEGER PRIMARY KEY,
  migration   TEXT NOT NULL,                 -- NNNN_name of the migration
  entity      TEXT NOT NULL,                 -- record type, e.g. 'document'
  entity_id   TEXT,
  message     TEXT NOT NULL,                 -- what was changed and why, in plain words (zh-CN)
  details     TEXT,                          -- JSON: before/after values
  created_at  TEXT NOT NULL
);
CREATE INDEX migration_report_migration ON migration_report (migration, id);
