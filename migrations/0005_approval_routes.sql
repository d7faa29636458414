-- Document control, second pass: a document's status follows its revisions; approval routes
-- (编制 → 审核/会签 → 批准) per document type, overridable per document; signatures for any record type.

-- Signatures belong to any record (entity_type + entity_id), carry a meaning from a list that can grow,
-- the route step and submission round they sign, and are never deleted: discarding or returning voids them.
CREATE TABLE signatures_v2 (
  id            TEXT PRIMARY KEY,
  entity_type   TEXT NOT NULL,                 -- 'revision' now; audit programmes, findings … later
  entity_id     TEXT NOT NULL,
  round         INTEGER NOT NULL DEFAULT 1,    -- a resubmission starts a new round
  step          INTEGER,                       -- index in the route: 0 = 编制 (author), 1… later steps
  meaning       TEXT NOT NULL,                 -- authored, reviewed, countersigned, approved, registered, …
  signer_id     TEXT NOT NULL REFERENCES users (id),
  signer_name   TEXT NOT NULL,
  signer_role   TEXT NOT NULL,
  content_hash  TEXT NOT NULL,
  comment       TEXT,
  signed_at     TEXT NOT NULL,
  voided_at     TEXT,
  void_reason   TEXT,                          -- returned, withdrawn, discarded
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
INSERT INTO signatures_v2 (id, entity_type, entity_id, round, step, meaning, signer_id, signer_name, signer_role,
                           content_hash, comment, signed_at, voided_at, void_reason, created_at, updated_at)
  SELECT id, 'revision', revision_id, 1, NULL, meaning, signer_id, signer_name, signer_role,
         content_hash, comment, signed_at, NULL, NULL, created_at, updated_at
  FROM signatures;
DROP TABLE signatures;
ALTER TABLE signatures_v2 RENAME TO signatures;
CREATE INDEX signatures_entity ON signatures (entity_type, entity_id, round);
CREATE INDEX signatures_signer ON signatures (signer_id);

-- The route a revision follows is copied onto it when submitted (JSON list of steps after 编制), so that
-- changing a route later does not change what a revision in review needs.
ALTER TABLE revisions ADD COLUMN route TEXT;
ALTER TABLE revisions ADD COLUMN round INTEGER NOT NULL DEFAULT 0;
-- 'content' (editor body) or 'registered' (an existing version in force recorded by the quality manager).
ALTER TABLE revisions ADD COLUMN origin TEXT NOT NULL DEFAULT 'content' CHECK (origin IN ('content', 'registered'));

-- A revision whose body is a file (a form, a law, a customer's or national standard) instead of editor
-- content: the attachment holding it (attachment store).
ALTER TABLE revisions ADD COLUMN attachment_id TEXT;

-- The type 外来文件 (external document, ISO 7.5.3.2): a rebuild, since the type list is a CHECK constraint.
CREATE TABLE documents_v2 (
  id               TEXT PRIMARY KEY,
  number           TEXT NOT NULL COLLATE NOCASE UNIQUE,
  title            TEXT NOT NULL,
  type             TEXT NOT NULL CHECK (type IN ('manual', 'regulation', 'procedure', 'work_instruction', 'form', 'external')),
  department_id    TEXT REFERENCES departments (id),
  owner_id         TEXT REFERENCES users (id),
  status           TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'effective', 'obsolete')),
  version_label    TEXT NOT NULL,
  effective_date   TEXT,
  next_review_date TEXT,
  tags             TEXT NOT NULL DEFAULT '[]',
  obsolete_reason  TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES users (id),
  updated_by       TEXT REFERENCES users (id),
  review_interval_months INTEGER NOT NULL DEFAULT 12 CHECK (review_interval_months BETWEEN 1 AND 120),
  language         TEXT NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en'))
);
INSERT INTO documents_v2 (id, number, title, type, department_id, owner_id, status, version_label, effective_date, next_review_date,
                          tags, obsolete_reason, version, created_at, updated_at, created_by, updated_by, review_interval_months, language)
  SELECT id, number, title, type, department_id, owner_id, status, version_label, effective_date, next_review_date,
         tags, obsolete_reason, version, created_at, updated_at, created_by, updated_by, review_interval_months, language
  FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
CREATE INDEX documents_status_number ON documents (status, number);
CREATE INDEX documents_type_number ON documents (type, number);
CREATE INDEX documents_department ON documents (department_id, type, status);
CREATE INDEX documents_owner ON documents (owner_id);
CREATE INDEX documents_title ON documents (title, number);
CREATE INDEX documents_updated ON documents (updated_at, number);
CREATE INDEX documents_effective ON documents (effective_date, number);
CREATE INDEX documents_review ON documents (next_review_date, number);

-- A route per document type (document_type set) or for one document (document_id set).
CREATE TABLE approval_routes (
  id             TEXT PRIMARY KEY,
  document_type  TEXT UNIQUE,
  document_id    TEXT UNIQUE REFERENCES documents (id),
  steps          TEXT NOT NULL,                -- JSON: [{ meaning, mode, assignees: [...] }, …]
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK ((document_type IS NULL) <> (document_id IS NULL))
);
