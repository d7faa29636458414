-- Corrective actions (纠正措施, ISO 10.2) and the shared actions piece. An action belongs to any parent record
-- (parent_type + parent_id: a corrective action today, review outputs and findings later); it is never deleted,
-- only cancelled. A corrective action keeps every analysis round: a not-effective verification reopens it to
-- analysis, and the 5 whys and fishbone causes of earlier rounds stay (round column).
CREATE TABLE actions (
  id              TEXT PRIMARY KEY,
  parent_type     TEXT NOT NULL,
  parent_id       TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('corrective', 'preventive', 'containment', 'improvement')),
  description     TEXT NOT NULL,
  owner_person_id TEXT NOT NULL REFERENCES people (id),
  unit_id         TEXT REFERENCES departments (id),
  due_date        TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
  done_on         TEXT,
  done_note       TEXT,
  cancel_reason   TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX actions_parent ON actions (parent_type, parent_id, status);
-- Overdue actions by parent type (the home page's counts), without reading the rows.
CREATE INDEX actions_open_due ON actions (parent_type, due_date) WHERE status = 'open';
CREATE INDEX actions_owner ON actions (owner_person_id, status);

CREATE TABLE action_evidence (
  action_id     TEXT NOT NULL REFERENCES actions (id),
  attachment_id TEXT NOT NULL REFERENCES attachments (id),
  created_at    TEXT NOT NULL,
  PRIMARY KEY (action_id, attachment_id)
);

CREATE TABLE capas (
  id                 TEXT PRIMARY KEY,
  number             TEXT NOT NULL UNIQUE,
  title              TEXT NOT NULL,
  source_type        TEXT NOT NULL,
  source_id          TEXT,
  source_ref         TEXT,
  unit_id            TEXT NOT NULL REFERENCES departments (id),
  owner_person_id    TEXT NOT NULL REFERENCES people (id),
  verifier_person_id TEXT REFERENCES people (id),
  severity           TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
  problem_what       TEXT NOT NULL,
  problem_where      TEXT NOT NULL DEFAULT '',
  problem_when       TEXT NOT NULL DEFAULT '',
  problem_extent     TEXT NOT NULL DEFAULT '',
  raised_on          TEXT NOT NULL,
  due_date           TEXT NOT NULL CHECK (due_date >= raised_on),
  status             TEXT NOT NULL,
  round              INTEGER NOT NULL DEFAULT 1,
  containment        TEXT,
  containment_by     TEXT,
  containment_at     TEXT,
  verify_after       TEXT,
  closed_at          TEXT,
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX capas_status_due ON capas (status, due_date, round);
CREATE INDEX capas_unit ON capas (unit_id, status);
CREATE INDEX capas_owner ON capas (owner_person_id, status);
CREATE INDEX capas_source ON capas (source_type, source_id);
CREATE INDEX capas_raised ON capas (raised_on);

CREATE TABLE capa_evidence (
  capa_id       TEXT NOT NULL REFERENCES capas (id),
  attachment_id TEXT NOT NULL REFERENCES attachments (id),
  part          TEXT NOT NULL CHECK (part IN ('problem', 'containment', 'verification')),
  created_at    TEXT NOT NULL,
  PRIMARY KEY (capa_id, attachment_id, part)
);

-- 5 whys: level 1 answers "why did the problem happen", each next level answers the previous; the last is the root cause.
CREATE TABLE capa_whys (
  capa_id     TEXT NOT NULL REFERENCES capas (id),
  round       INTEGER NOT NULL,
  level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  answer      TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (capa_id, round, level)
);

-- Fishbone (鱼骨图) causes under 人/机/料/法/环/测.
CREATE TABLE capa_causes (
  id          TEXT PRIMARY KEY,
  capa_id     TEXT NOT NULL REFERENCES capas (id),
  round       INTEGER NOT NULL,
  category    TEXT NOT NULL CHECK (category IN ('people', 'equipment', 'materials', 'methods', 'environment', 'measurement')),
  cause       TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'ruled_out')),
  sort_order  INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX capa_causes_capa ON capa_causes (capa_id, round, sort_order);

CREATE TABLE capa_verifications (
  id                 TEXT PRIMARY KEY,
  capa_id            TEXT NOT NULL REFERENCES capas (id),
  round              INTEGER NOT NULL,
  verifier_user_id   TEXT NOT NULL REFERENCES users (id),
  verifier_name      TEXT NOT NULL,
  verified_on        TEXT NOT NULL,
  criteria           TEXT NOT NULL,
  result             TEXT NOT NULL,
  verdict            TEXT NOT NULL CHECK (verdict IN ('effective', 'not_effective')),
  created_at         TEXT NOT NULL
);
CREATE INDEX capa_verifications_capa ON capa_verifications (capa_id, created_at);

-- Follow-ups: documents to revise, risks to update, training needed; the verifier checks they were done.
CREATE TABLE capa_followups (
  id          TEXT PRIMARY KEY,
  capa_id     TEXT NOT NULL REFERENCES capas (id),
  kind        TEXT NOT NULL CHECK (kind IN ('document', 'risk', 'training')),
  target_id   TEXT,
  note        TEXT NOT NULL,
  done_on     TEXT,
  done_by     TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX capa_followups_capa ON capa_followups (capa_id);
