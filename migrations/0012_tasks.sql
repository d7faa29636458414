-- The task inbox (待办): one stored row per thing awaiting a person, written in the same transaction as the
-- event that creates it and closed (closed_at set) by the event that completes it. Providers registered by
-- modules (electron/backend/services/task-providers.ts) decide which tasks an entity owes whom; the step
-- 'tasks' backfills the open tasks of today's data.
CREATE TABLE tasks (
  id           TEXT PRIMARY KEY,
  kind         TEXT NOT NULL,             -- sign | revise | … (later modules add kinds)
  entity_type  TEXT NOT NULL,             -- revision | …
  entity_id    TEXT NOT NULL,
  assignee_id  TEXT NOT NULL REFERENCES users (id),
  unit_id      TEXT REFERENCES departments (id),  -- the owning unit, for overdue totals by unit
  from_name    TEXT,                      -- from whom (the author, the returner)
  parent_id    TEXT,                      -- the record the entity belongs to (a revision's document)
  ref          TEXT,                      -- its number, e.g. QM-001
  title        TEXT NOT NULL,             -- what: e.g. 质量手册
  label        TEXT,                      -- e.g. the revision label
  detail       TEXT,                      -- the step's meaning, the return comment
  link         TEXT NOT NULL,             -- the renderer route that opens it
  since        TEXT NOT NULL,
  due_at       TEXT,
  created_at   TEXT NOT NULL,
  closed_at    TEXT
);
CREATE INDEX tasks_open_by_assignee ON tasks (assignee_id, due_at, since) WHERE closed_at IS NULL;
CREATE INDEX tasks_entity ON tasks (entity_type, entity_id) WHERE closed_at IS NULL;
