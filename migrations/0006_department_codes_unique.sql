-- Department codes are unique (after upper-casing, as the app has always stored them).
-- The TypeScript step (electron/backend/db/steps/department-codes.ts) first upper-cases stored codes and
-- renames duplicates (QA, QA-2, QA-3 …, oldest department keeps the code), reporting each change in
-- migration_report; then it creates the unique index. Empty codes are stored as NULL and never collide.
UPDATE departments SET code = NULL WHERE trim(code) = '';
