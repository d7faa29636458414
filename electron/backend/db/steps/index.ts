import type BetterSqlite3 from 'better-sqlite3';
import { approvalRoutesStep } from './approval-routes';
import { articleNodeIdsStep } from './article-node-ids';
import { departmentCodesUnique } from './department-codes';
import { fieldKitStep } from './field-kit';
import { pinyinSortKeys } from './pinyin-sort-keys';
import { organisationStep } from './organisation';
import { tasksStep } from './tasks';
import { readingAndTrainingStep } from './reading-and-training';

export interface MigrationReportEntry {
  entity: string;
  entityId?: string | null;
  message: string;
  details?: unknown;
}

/**
 * A backfill SQL cannot do (sort keys, re-derived states, reports), run right after its migration's SQL in
 * the same transaction. Like the SQL it is frozen in time: it works on the raw handle and never imports the
 * app's types or services, which will have moved on.
 */
export type MigrationStep = (sqlite: BetterSqlite3.Database, report: (entry: MigrationReportEntry) => void) => void;

/** Keyed by the migration's name (NNNN_<name>.sql), so a step stays with its file if numbers are rebased. */
export const migrationSteps: Record<string, MigrationStep> = {
  approval_routes: approvalRoutesStep,
  article_node_ids: articleNodeIdsStep,
  department_codes_unique: departmentCodesUnique,
  pinyin_sort_keys: pinyinSortKeys,
  organisation: organisationStep,
  tasks: tasksStep,
  field_kit: fieldKitStep,
  reading_and_training: readingAndTrainingStep,
};
