-- Internal audits (ISO 9001 9.2), the core: the year's programme (年度内审计划) with justified coverage gaps, and
-- audits (内审实施计划) with their team, audited units, auditees, criteria, timetable, meetings and recorded
-- independence exceptions. Checklist lines and findings reference `audits` from their own migration.
--
-- Shaped for the auditor's offline field kit (merged back by id and updated_at): every row has a UUIDv7 id,
-- created_at, updated_at and version, and nothing is ever deleted — a programme is withdrawn, an audit cancelled,
-- a child row gets removed_at (a tombstone the kit merges like any other change).
-- Audit codes IA-{year}-{seq} are given by the main database only: a record made elsewhere carries a
-- provisional code (code NULL) until it is merged here and numbered.

CREATE TABLE audit_programmes (
  id          TEXT PRIMARY KEY,
  year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title       TEXT NOT NULL,
  notes       TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_approval', 'approved', 'withdrawn')),
  route       TEXT,                               -- JSON route steps copied when submitted (as revisions do)
  round       INTEGER NOT NULL DEFAULT 0,          -- submission round: a resubmission starts a new one
  approved_at TEXT,
  created_by  TEXT REFERENCES users (id),
  updated_by  TEXT REFERENCES users (id),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
-- One live programme a year; withdrawn ones stay as tombstones.
CREATE UNIQUE INDEX audit_programmes_year ON audit_programmes (year) WHERE status <> 'withdrawn';

-- A clause (optionally for one unit) the programme leaves uncovered on purpose, with the reason.
CREATE TABLE audit_programme_gaps (
  id            TEXT PRIMARY KEY,
  programme_id  TEXT NOT NULL REFERENCES audit_programmes (id),
  clause        TEXT NOT NULL,
  unit_id       TEXT REFERENCES departments (id),   -- NULL: the clause for the whole organisation
  justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),
  removed_at    TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX audit_programme_gaps_programme ON audit_programme_gaps (programme_id) WHERE removed_at IS NULL;

CREATE TABLE audits (
  id               TEXT PRIMARY KEY,
  programme_id     TEXT REFERENCES audit_programmes (id),
  year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  seq              INTEGER,                         -- the number within the year, given by the main database
  code             TEXT UNIQUE,                     -- IA-2026-003; NULL while provisional
  provisional_code TEXT UNIQUE,                     -- e.g. IA-2026-K1A2B-001, given by a field kit
  title            TEXT NOT NULL,
  planned_month    INTEGER NOT NULL CHECK (planned_month BETWEEN 1 AND 12),
  purpose          TEXT NOT NULL DEFAULT '',
  scope            TEXT NOT NULL DEFAULT '',
  start_date       TEXT,                            -- YYYY-MM-DD
  end_date         TEXT,
  status           TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('planned', 'in_progress', 'reporting', 'closed', 'cancelled')),
  plan_issued_at   TEXT,                            -- the plan sent to the auditees
  cancel_reason    TEXT,
  closed_at        TEXT,
  created_by       TEXT REFERENCES users (id),
  updated_by       TEXT REFERENCES users (id),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (code IS NOT NULL OR provisional_code IS NOT NULL),
  CHECK ((code IS NULL) = (seq IS NULL)),
  CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date),
  CHECK (status <> 'cancelled' OR length(trim(coalesce(cancel_reason, ''))) > 0)
);
CREATE UNIQUE INDEX audits_year_seq ON audits (year, seq) WHERE seq IS NOT NULL;
CREATE INDEX audits_programme ON audits (programme_id, planned_month);
CREATE INDEX audits_year_status ON audits (year, status);

-- The audit team: one lead (审核组长) and auditors (内审员), people from the staff record.
CREATE TABLE audit_team (
  id          TEXT PRIMARY KEY,
  audit_id    TEXT NOT NULL REFERENCES audits (id),
  person_id   TEXT NOT NULL REFERENCES people (id),
  role        TEXT NOT NULL CHECK (role IN ('lead', 'auditor')),
  removed_at  TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_team_one_lead ON audit_team (audit_id) WHERE role = 'lead' AND removed_at IS NULL;
CREATE UNIQUE INDEX audit_team_person ON audit_team (audit_id, person_id) WHERE removed_at IS NULL;
CREATE INDEX audit_team_person_audits ON audit_team (person_id) WHERE removed_at IS NULL;

-- The units an audit covers (coverage counts them) and the people attending for them (auditees, 受审核方).
CREATE TABLE audit_units (
  id          TEXT PRIMARY KEY,
  audit_id    TEXT NOT NULL REFERENCES audits (id),
  unit_id     TEXT NOT NULL REFERENCES departments (id),
  removed_at  TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_units_unit ON audit_units (audit_id, unit_id) WHERE removed_at IS NULL;
CREATE INDEX audit_units_by_unit ON audit_units (unit_id) WHERE removed_at IS NULL;

CREATE TABLE audit_auditees (
  id          TEXT PRIMARY KEY,
  audit_id    TEXT NOT NULL REFERENCES audits (id),
  unit_id     TEXT NOT NULL REFERENCES departments (id),
  person_id   TEXT NOT NULL REFERENCES people (id),
  removed_at  TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_auditees_person ON audit_auditees (audit_id, unit_id, person_id) WHERE removed_at IS NULL;
CREATE INDEX audit_auditees_by_person ON audit_auditees (person_id) WHERE removed_at IS NULL;

-- Criteria: ISO 9001 clauses, the organisation's processes and chosen regulation revisions (effective when chosen).
CREATE TABLE audit_criteria (
  id          TEXT PRIMARY KEY,
  audit_id    TEXT NOT NULL REFERENCES audits (id),
  kind        TEXT NOT NULL CHECK (kind IN ('clause', 'process', 'revision')),
  clause      TEXT,
  process_id  TEXT REFERENCES processes (id),
  revision_id TEXT REFERENCES revisions (id),
  removed_at  TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK ((kind = 'clause') = (clause IS NOT NULL)),
  CHECK ((kind = 'process') = (process_id IS NOT NULL)),
  CHECK ((kind = 'revision') = (revision_id IS NOT NULL))
);
CREATE INDEX audit_criteria_audit ON audit_criteria (audit_id, kind) WHERE removed_at IS NULL;

-- The timetable: a slot is a unit audited on a date between two times by auditors, against clauses.
CREATE TABLE audit_slots (
  id           TEXT PRIMARY KEY,
  audit_id     TEXT NOT NULL REFERENCES audits (id),
  date         TEXT NOT NULL,                     -- YYYY-MM-DD
  time_from    TEXT NOT NULL,                     -- HH:MM
  time_to      TEXT NOT NULL,
  unit_id      TEXT NOT NULL REFERENCES departments (id),
  auditor_ids  TEXT NOT NULL DEFAULT '[]',        -- JSON array of people ids (members of the team)
  clauses      TEXT NOT NULL DEFAULT '[]',        -- JSON array of clause numbers
  removed_at   TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK (time_from < time_to)
);
CREATE INDEX audit_slots_audit ON audit_slots (audit_id, date, time_from) WHERE removed_at IS NULL;

-- Opening and closing meetings (首次会议/末次会议).
CREATE TABLE audit_meetings (
  id           TEXT PRIMARY KEY,
  audit_id     TEXT NOT NULL REFERENCES audits (id),
  kind         TEXT NOT NULL CHECK (kind IN ('opening', 'closing')),
  at           TEXT NOT NULL,                     -- YYYY-MM-DDTHH:MM (local time of the site)
  place        TEXT,
  attendee_ids TEXT NOT NULL DEFAULT '[]',        -- JSON array of people ids who attended
  removed_at   TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_meetings_kind ON audit_meetings (audit_id, kind) WHERE removed_at IS NULL;

-- An auditor allowed to audit their own unit, with the lead's justification (the report shows it).
CREATE TABLE audit_independence_exceptions (
  id            TEXT PRIMARY KEY,
  audit_id      TEXT NOT NULL REFERENCES audits (id),
  person_id     TEXT NOT NULL REFERENCES people (id),
  unit_id       TEXT NOT NULL REFERENCES departments (id),
  justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),
  recorded_by   TEXT REFERENCES users (id),
  removed_at    TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_independence_one ON audit_independence_exceptions (audit_id, person_id, unit_id) WHERE removed_at IS NULL;
