import type { Input } from '../../../shared/api/contract';
import { dateSchema, idSchema } from '../../../shared/api/common';
import { DOCUMENT_SORTS } from '../../../shared/documents/contract';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, type DocumentStatus, type DocumentType } from '../../../shared/documents/types';

export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** What the register shows; kept in the address (#/documents?…) so reloads and Back keep it. */
export interface ListState {
  q: string;
  types: DocumentType[];
  statuses: DocumentStatus[];
  departmentId: string | undefined;
  /** Only documents whose next review is on or before this date (the dashboard's "view all"). */
  reviewDueBy: string | undefined;
  page: number;
  pageSize: number;
  sort: DocumentSort;
  dir: 'asc' | 'desc';
}

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_STATE: ListState = {
  q: '',
  types: [],
  statuses: [],
  departmentId: undefined,
  reviewDueBy: undefined,
  page: 1,
  pageSize: 20,
  sort: 'number',
  dir: 'asc',
};

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): value is T =>
  value !== null && (allowed as readonly string[]).includes(value);

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function readListState(query: URLSearchParams): ListState {
  const list = (name: string) => (query.get(name) ?? '').split(',').filter(Boolean);
  const sort = query.get('sort');
  const dir = query.get('dir');
  const dept = query.get('dept');
  const due = query.get('due');
  const pageSize = positive(query.get('size'), DEFAULT_STATE.pageSize);
  return {
    q: (query.get('q') ?? '').slice(0, 100),
    types: list('type').filter((t) => oneOf(DOCUMENT_TYPES, t)),
    statuses: list('status').filter((s) => oneOf(DOCUMENT_STATUSES, s)),
    departmentId: dept && idSchema.safeParse(dept).success ? dept : undefined,
    reviewDueBy: due && dateSchema.safeParse(due).success ? due : undefined,
    page: positive(query.get('page'), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_STATE.pageSize,
    sort: oneOf(DOCUMENT_SORTS, sort) ? sort : DEFAULT_STATE.sort,
    dir: dir === 'desc' ? 'desc' : 'asc',
  };
}

/** The hash path for a state, leaving out whatever is at its default. */
export function listPath(state: ListState): string {
  const query = new URLSearchParams();
  if (state.q) query.set('q', state.q);
  if (state.types.length) query.set('type', state.types.join(','));
  if (state.statuses.length) query.set('status', state.statuses.join(','));
  if (state.departmentId) query.set('dept', state.departmentId);
  if (state.reviewDueBy) query.set('due', state.reviewDueBy);
  if (state.page !== 1) query.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_STATE.pageSize) query.set('size', String(state.pageSize));
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    query.set('sort', state.sort);
    query.set('dir', state.dir);
  }
  const text = query.toString();
  return text ? `/documents?${text}` : '/documents';
}

export function toListInput(state: ListState): Input<'documents.list'> {
  return {
    page: state.page,
    pageSize: state.pageSize,
    sort: state.sort,
    dir: state.dir,
    ...(state.q.trim() !== '' && { q: state.q.trim() }),
    ...(state.types.length > 0 && { types: state.types }),
    ...(state.statuses.length > 0 && { statuses: state.statuses }),
    ...(state.departmentId !== undefined && { departmentId: state.departmentId }),
    ...(state.reviewDueBy !== undefined && { reviewDueBy: state.reviewDueBy }),
  };
}

export const hasFilters = (s: ListState) =>
  Boolean(s.q.trim() || s.types.length || s.statuses.length || s.departmentId || s.reviewDueBy);

let lastListPath = '/documents';

/** The register as last seen, so "back to the register" returns to the same filters and page. */
export const rememberListPath = (path: string) => {
  lastListPath = path;
};
export const registerPath = () => lastListPath;
