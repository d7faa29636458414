import type { Locale } from '../../../shared/api/envelope';
import { message, type MessageKey } from '../../../shared/api/messages';
import type { ImportReport } from '../../../shared/org/contract';
import { AppError } from '../errors';
import { SHEETS, type SheetKey } from './org-import-read';

// The row checks' vocabulary: unit kinds as the sheet names them, unit codes, and the per-row report of refusals.

export const KINDS: Record<string, 'department' | 'branch' | 'team'> = {
  部门: 'department', 网点: 'branch', 班组: 'team', department: 'department', branch: 'branch', team: 'team',
};
export const KIND_LABELS = { organisation: '组织', department: '部门', branch: '网点', team: '班组' } as const;

export class Refusals {
  readonly list: ImportReport['refused'] = [];
  constructor(private locale: Locale) {}
  add(sheet: SheetKey, row: number, key: MessageKey, params: Record<string, unknown> = {}) {
    this.list.push({ sheet: SHEETS[sheet].name, row, message: message(key, this.locale, params) });
  }
  fromError(sheet: SheetKey, row: number, err: unknown) {
    if (!(err instanceof AppError)) throw err;
    this.list.push({ sheet: SHEETS[sheet].name, row, message: message(err.key, this.locale, err.params) });
  }
}

export class Rollback extends Error {}

export const CODE = /^[A-Za-z0-9-]{1,16}$/;
