-- Regulations reach the people they concern (阅知确认) and training records (ISO 7.2).
-- A document names the units and positions it applies to (适用范围); when one of its revisions takes effect,
-- one row per person concerned awaits their confirmation. Training topics (free text or a controlled
-- document), sessions with their attendees, the topics a position requires, and individual requirements.

CREATE TABLE document_scope (
  document_id TEXT NOT NULL REFERENCES documents (id),
  target_kind TEXT NOT NULL CHECK (target_kind IN ('unit', 'position')),
  target_id   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (document_id, target_kind, target_id)
);

-- A revision flagged at approval as needing training: it creates a training requirement, not reading tasks.
CREATE TABLE revision_training (
  revision_id TEXT PRIMARY KEY REFERENCES revisions (id),
  set_by      TEXT REFERENCES users (id),
  created_at  TEXT NOT NULL
);

CREATE TABLE read_confirmations (
  id            TEXT PRIMARY KEY,
  revision_id   TEXT NOT NULL REFERENCES revisions (id),
  document_id   TEXT NOT NULL REFERENCES documents (id),
  person_id     TEXT NOT NULL REFERENCES people (id),
  unit_id       TEXT REFERENCES departments (id),   -- the person's home unit when the task was created
  due_at        TEXT NOT NULL,
  confirmed_at  TEXT,
  recorded_by   TEXT REFERENCES users (id),         -- who confirmed: the person, or who recorded the paper sign-off
  recorded_by_name TEXT,
  on_paper      INTEGER NOT NULL DEFAULT 0 CHECK (on_paper IN (0, 1)),
  paper_date    TEXT,
  attachment_id TEXT REFERENCES attachments (id),   -- the scan of the paper sign-off
  content_hash  TEXT,                               -- the revision's content fingerprint when confirmed
  created_at    TEXT NOT NULL,
  UNIQUE (revision_id, person_id)
);
CREATE INDEX read_confirmations_pending ON read_confirmations (revision_id) WHERE confirmed_at IS NULL;
CREATE INDEX read_confirmations_person ON read_confirmations (person_id);

CREATE TABLE training_topics (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL,
  document_id     TEXT REFERENCES documents (id),
  validity_months INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX training_topics_title ON training_topics (title COLLATE NOCASE);

CREATE TABLE position_topics (
  position_id TEXT NOT NULL REFERENCES positions (id),
  topic_id    TEXT NOT NULL REFERENCES training_topics (id),
  PRIMARY KEY (position_id, topic_id)
);
CREATE INDEX position_topics_topic ON position_topics (topic_id);

CREATE TABLE training_sessions (
  id            TEXT PRIMARY KEY,
  topic_id      TEXT NOT NULL REFERENCES training_topics (id),
  revision_id   TEXT REFERENCES revisions (id),     -- the document revision trained on, for a document topic
  held_on       TEXT NOT NULL,
  trainer       TEXT NOT NULL,
  hours         REAL NOT NULL CHECK (hours > 0),
  method        TEXT NOT NULL,
  unit_id       TEXT REFERENCES departments (id),   -- the unit it was entered for (rights)
  notes         TEXT NOT NULL DEFAULT '',
  attachment_id TEXT REFERENCES attachments (id),
  created_by    TEXT REFERENCES users (id),
  created_at    TEXT NOT NULL
);
CREATE INDEX training_sessions_topic ON training_sessions (topic_id, held_on);

CREATE TABLE training_attendance (
  session_id TEXT NOT NULL REFERENCES training_sessions (id),
  person_id  TEXT NOT NULL REFERENCES people (id),
  result     TEXT NOT NULL CHECK (result IN ('passed', 'failed', 'attended')),
  PRIMARY KEY (session_id, person_id)
);
CREATE INDEX training_attendance_person ON training_attendance (person_id, session_id);

-- Training required of one person beyond their positions (a revision flagged "needs training", a corrective action).
CREATE TABLE training_requirements (
  id          TEXT PRIMARY KEY,
  topic_id    TEXT NOT NULL REFERENCES training_topics (id),
  person_id   TEXT NOT NULL REFERENCES people (id),
  revision_id TEXT REFERENCES revisions (id),
  reason      TEXT NOT NULL,
  source      TEXT,
  created_at  TEXT NOT NULL,
  UNIQUE (topic_id, person_id, revision_id)
);
CREATE INDEX training_requirements_person ON training_requirements (person_id);
