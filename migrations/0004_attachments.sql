-- The attachment store: one row per distinct file (by content hash), referenced by records, never duplicated.
-- The type is what the content is, detected on upload, not what the name claims.
CREATE TABLE attachments (
  id          TEXT PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,
  size        INTEGER NOT NULL CHECK (size > 0),
  media_type  TEXT NOT NULL,
  name        TEXT NOT NULL,                 -- the name it was first uploaded under
  data        BLOB NOT NULL,
  width       INTEGER,                       -- images only
  height      INTEGER,
  thumbnail   BLOB,                          -- PNG, at most 320 px on the long side; images only
  created_by  TEXT REFERENCES users (id),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

INSERT INTO settings (key, value, updated_at) VALUES ('attachmentMaxBytes', '20971520', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
