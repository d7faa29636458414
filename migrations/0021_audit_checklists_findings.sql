-- Internal audits, the auditors' part: checklist templates and lines (内审检查表), findings (不符合项) with the
-- clauses they breach, their evidence and the auditee's acknowledgment. References `audits` (audit_core).
--
-- Shaped for the offline field kit like the audit core: every row has a UUIDv7 id, created_at, updated_at and
-- version; nothing is deleted (a line or an attachment link gets removed_at, a finding is withdrawn).
-- Finding numbers NC-{year}-{seq} are given by the main database only: a finding made elsewhere carries a
-- provisional number until it is merged here and numbered.

CREATE TABLE checklist_templates (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  lines       TEXT NOT NULL DEFAULT '[]',          -- JSON [{ clause, question, method }]
  retired_at  TEXT,
  created_by  TEXT REFERENCES users (id),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- A citation of a regulation article is revision_id + node_id (the article's persistent id in the content),
-- with the document, revision label, 第X条 label and text copied in as they stood when cited.
CREATE TABLE checklist_lines (
  id                    TEXT PRIMARY KEY,
  audit_id              TEXT NOT NULL REFERENCES audits (id),
  unit_id               TEXT REFERENCES departments (id),
  position              INTEGER NOT NULL,
  clause                TEXT,                     -- ISO 9001 clause number
  revision_id           TEXT REFERENCES revisions (id),
  node_id               TEXT,
  cited_document        TEXT,                     -- number and title
  cited_revision_label  TEXT,
  cited_label           TEXT,                     -- 第十二条
  cited_text            TEXT,
  question              TEXT NOT NULL DEFAULT '', -- 检查内容
  method                TEXT CHECK (method IN ('review', 'observe', 'interview', 'sample')),
  record                TEXT NOT NULL DEFAULT '', -- 审核记录: what was seen
  result                TEXT CHECK (result IN ('conform', 'nonconform', 'observation', 'improvement', 'na')),
  updated_by            TEXT REFERENCES users (id),
  removed_at            TEXT,
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  CHECK ((revision_id IS NULL) = (node_id IS NULL))
);
CREATE INDEX checklist_lines_audit ON checklist_lines (audit_id, position) WHERE removed_at IS NULL;
CREATE INDEX checklist_lines_unit ON checklist_lines (unit_id, audit_id) WHERE removed_at IS NULL;

CREATE TABLE checklist_line_attachments (
  id            TEXT PRIMARY KEY,
  line_id       TEXT NOT NULL REFERENCES checklist_lines (id),
  attachment_id TEXT NOT NULL REFERENCES attachments (id),
  created_by    TEXT REFERENCES users (id),
  removed_at    TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX checklist_line_attachments_line ON checklist_line_attachments (line_id) WHERE removed_at IS NULL;

-- A finding. Where a corrective action attaches (issue 14): capa_id, or no_capa_reason when none is needed;
-- major and minor nonconformities need one ("action needed" is derived from the grade).
CREATE TABLE audit_findings (
  id                    TEXT PRIMARY KEY,
  audit_id              TEXT NOT NULL REFERENCES audits (id),
  line_id               TEXT REFERENCES checklist_lines (id),
  unit_id               TEXT NOT NULL REFERENCES departments (id),
  year                  INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  seq                   INTEGER,                  -- within the year, given by the main database
  number                TEXT UNIQUE,              -- NC-2026-007; NULL while provisional
  provisional_number    TEXT UNIQUE,              -- given by a field kit
  grade                 TEXT NOT NULL CHECK (grade IN ('major', 'minor', 'observation', 'improvement')),
  facts                 TEXT NOT NULL CHECK (length(trim(facts)) > 0),
  revision_id           TEXT REFERENCES revisions (id),
  node_id               TEXT,
  cited_document        TEXT,
  cited_revision_label  TEXT,
  cited_label           TEXT,
  cited_text            TEXT,
  auditor_person_id     TEXT REFERENCES people (id),
  auditor_name          TEXT NOT NULL,
  status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'withdrawn')),
  withdraw_reason       TEXT,
  capa_id               TEXT,
  no_capa_reason        TEXT,
  created_by            TEXT REFERENCES users (id),
  updated_by            TEXT REFERENCES users (id),
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  CHECK (number IS NOT NULL OR provisional_number IS NOT NULL),
  CHECK ((number IS NULL) = (seq IS NULL)),
  CHECK ((revision_id IS NULL) = (node_id IS NULL)),
  CHECK (status <> 'withdrawn' OR length(trim(coalesce(withdraw_reason, ''))) > 0)
);
CREATE UNIQUE INDEX audit_findings_year_seq ON audit_findings (year, seq) WHERE seq IS NOT NULL;
CREATE INDEX audit_findings_audit ON audit_findings (audit_id, status);
CREATE INDEX audit_findings_unit ON audit_findings (unit_id, year);

-- The ISO 9001 clauses a finding breaches (the programme's risk-based suggestions count them by unit and clause).
CREATE TABLE audit_finding_clauses (
  id          TEXT PRIMARY KEY,
  finding_id  TEXT NOT NULL REFERENCES audit_findings (id),
  clause      TEXT NOT NULL,
  removed_at  TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_finding_clauses_one ON audit_finding_clauses (finding_id, clause) WHERE removed_at IS NULL;
CREATE INDEX audit_finding_clauses_clause ON audit_finding_clauses (clause) WHERE removed_at IS NULL;

CREATE TABLE audit_finding_attachments (
  id            TEXT PRIMARY KEY,
  finding_id    TEXT NOT NULL REFERENCES audit_findings (id),
  attachment_id TEXT NOT NULL REFERENCES attachments (id),
  created_by    TEXT REFERENCES users (id),
  removed_at    TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX audit_finding_attachments_finding ON audit_finding_attachments (finding_id) WHERE removed_at IS NULL;

-- The auditee's acknowledgment (受审核方确认): by the unit's head or a person named as auditee, with a comment.
CREATE TABLE audit_finding_acknowledgments (
  id               TEXT PRIMARY KEY,
  finding_id       TEXT NOT NULL REFERENCES audit_findings (id),
  user_id          TEXT REFERENCES users (id),  -- NULL: signed on the paper form, recorded afterwards
  person_id        TEXT REFERENCES people (id),
  name             TEXT NOT NULL,
  capacity         TEXT NOT NULL CHECK (capacity IN ('head', 'auditee')),
  comment          TEXT,
  acknowledged_at  TEXT NOT NULL,
  removed_at       TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_finding_acknowledgments_one ON audit_finding_acknowledgments (finding_id) WHERE removed_at IS NULL;
