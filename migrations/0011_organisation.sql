-- Organisation (ISO 5.3): departments become a tree of units rooted at the organisation itself; positions with
-- duties and competence requirements; a staff record for everyone (most never sign in), linked to a user
-- account where there is one; a person holds positions, one of them primary (their home unit).
-- users.department_id is replaced by the primary position: the step moves each user's department into a
-- person with a primary position and clears the column (kept, unused, so that other migrations on users
-- need no rebuild here).

CREATE TABLE people (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  employee_no TEXT,
  user_id     TEXT UNIQUE REFERENCES users (id),
  phone       TEXT,
  email       TEXT,
  absent      INTEGER NOT NULL DEFAULT 0 CHECK (absent IN (0, 1)),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX people_employee_no ON people (upper(employee_no));
CREATE INDEX people_name ON people (name);

-- The departments table is rebuilt: UNIQUE(name) goes (names are unique among siblings only).
CREATE TABLE departments_new (
  id             TEXT PRIMARY KEY,
  parent_id      TEXT REFERENCES departments (id),
  kind           TEXT NOT NULL CHECK (kind IN ('organisation', 'department', 'branch', 'team')),
  name           TEXT NOT NULL,
  name_sort      TEXT NOT NULL DEFAULT '',     -- pinyin sort key (0009), kept through the rebuild
  code           TEXT,
  head_person_id TEXT REFERENCES people (id),
  sort_order     INTEGER NOT NULL DEFAULT 0,
  closed_at      TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK ((kind = 'organisation') = (parent_id IS NULL))
);

-- The root: the organisation itself (its displayed name is the organisationName setting).
INSERT INTO departments_new (id, parent_id, kind, name, code, sort_order, version, created_at, updated_at)
VALUES (
  '00000000-0000-4000-8000-000000000001', NULL, 'organisation',
  COALESCE(NULLIF(json_extract((SELECT value FROM settings WHERE key = 'organisationName'), '$'), ''), '本组织'),
  NULL, 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
);

INSERT INTO departments_new (id, parent_id, kind, name, name_sort, code, sort_order, version, created_at, updated_at)
SELECT id, '00000000-0000-4000-8000-000000000001', 'department', name, name_sort, NULLIF(upper(trim(code)), ''),
       ROW_NUMBER() OVER (ORDER BY name), version, created_at, updated_at
FROM departments;

DROP TABLE departments;
ALTER TABLE departments_new RENAME TO departments;

CREATE UNIQUE INDEX departments_one_root ON departments ((parent_id IS NULL)) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX departments_sibling_name ON departments (parent_id, name COLLATE NOCASE);
CREATE INDEX departments_parent ON departments (parent_id, sort_order);
-- departments_code_upper (unique, on upper(code)) is created by the step, after it renames any duplicate codes.

CREATE TABLE positions (
  id               TEXT PRIMARY KEY,
  department_id    TEXT NOT NULL REFERENCES departments (id),
  title            TEXT NOT NULL,
  duties           TEXT NOT NULL DEFAULT '',     -- editor content (JSON, plain mode) or '' when none
  duties_text      TEXT NOT NULL DEFAULT '',     -- its plain text, for search and export
  education        TEXT NOT NULL DEFAULT '',
  qualifications   TEXT NOT NULL DEFAULT '',
  training_topics  TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  headcount        INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 0),
  deputy_person_id TEXT REFERENCES people (id),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX positions_title ON positions (department_id, title COLLATE NOCASE);

CREATE TABLE person_positions (
  person_id   TEXT NOT NULL REFERENCES people (id),
  position_id TEXT NOT NULL REFERENCES positions (id),
  is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  created_at  TEXT NOT NULL,
  PRIMARY KEY (person_id, position_id)
);
CREATE UNIQUE INDEX person_positions_one_primary ON person_positions (person_id) WHERE is_primary = 1;
CREATE INDEX person_positions_position ON person_positions (position_id);
