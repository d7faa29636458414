-- The page numbers of a revision's table of contents, worked out once by the Word layout pass (docx/layout) when
-- the revision takes effect, and kept: an effective revision never changes. One row per export variant
-- ('standard:installed', 'official:gb2312', …). data is NULL while the row waits for the layout pass.
CREATE TABLE word_layouts (
  revision_id  TEXT NOT NULL REFERENCES revisions (id),
  variant      TEXT NOT NULL,
  data         TEXT,                          -- JSON: bookmarks, page counts, guesses
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (revision_id, variant)
);
CREATE INDEX word_layouts_pending ON word_layouts (revision_id) WHERE data IS NULL;
