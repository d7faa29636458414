-- Document control (ISO 9001 7.5): revisions with content, e-signatures, named approvers, periodic review,
-- and full-text search over number, title and the current revision's text.

ALTER TABLE documents ADD COLUMN review_interval_months INTEGER NOT NULL DEFAULT 12
  CHECK (review_interval_months BETWEEN 1 AND 120);
ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en'));

CREATE TABLE revisions (
  id              TEXT PRIMARY KEY,
  document_id     TEXT NOT NULL REFERENCES documents (id),
  revision_no     INTEGER NOT NULL,
  label           TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'effective', 'superseded', 'obsolete')),
  content         TEXT NOT NULL,                 -- JSON { schemaVersion, doc } (TipTap)
  content_hash    TEXT NOT NULL,                 -- SHA-256 of content; signatures cover it
  body_text       TEXT NOT NULL,                 -- plain text, for search and diff
  change_reason   TEXT,
  rejection       TEXT,                          -- the last reviewer's comment when sent back to draft
  effective_date  TEXT,
  author_id       TEXT REFERENCES users (id),
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (document_id, revision_no)
);
-- At most one revision in progress per document.
CREATE UNIQUE INDEX revisions_one_open ON revisions (document_id) WHERE status IN ('draft', 'in_review', 'approved');
CREATE INDEX revisions_document ON revisions (document_id, revision_no);

CREATE TABLE signatures (
  id            TEXT PRIMARY KEY,
  revision_id   TEXT NOT NULL REFERENCES revisions (id),
  signer_id     TEXT NOT NULL REFERENCES users (id),
  signer_name   TEXT NOT NULL,
  signer_role   TEXT NOT NULL,
  meaning       TEXT NOT NULL CHECK (meaning IN ('reviewed', 'approved')),
  content_hash  TEXT NOT NULL,
  comment       TEXT,
  signed_at     TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX signatures_revision ON signatures (revision_id);

CREATE TABLE document_approvers (
  document_id TEXT NOT NULL REFERENCES documents (id),
  user_id     TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (document_id, user_id)
);

INSERT INTO settings (key, value, updated_at) VALUES ('allowSelfApproval', 'false', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- A stable integer key per document for the search tables (implicit rowids may change on VACUUM).
CREATE TABLE document_search_map (
  doc_rowid   INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE REFERENCES documents (id)
);
-- Queries of three or more characters.
CREATE VIRTUAL TABLE document_search USING fts5 (number, title, body, tokenize = 'trigram');
-- One- and two-character queries: the body as space-separated characters and character pairs.
CREATE VIRTUAL TABLE document_search_grams USING fts5 (grams, tokenize = 'unicode61');

INSERT INTO document_search_map (document_id) SELECT id FROM documents ORDER BY number;
INSERT INTO document_search (rowid, number, title, body)
  SELECT m.doc_rowid, d.number, d.title, '' FROM document_search_map AS m JOIN documents AS d ON d.id = m.document_id;
