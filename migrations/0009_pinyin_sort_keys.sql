-- Pinyin sort keys beside the texts people sort by (SQLite has no Chinese collation here). The TypeScript
-- step of this migration (db/steps/pinyin-sort-keys.ts) fills them for existing rows; the services keep
-- them up to date on every write.
ALTER TABLE documents ADD COLUMN title_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_title_sort ON documents (title_sort, number);
