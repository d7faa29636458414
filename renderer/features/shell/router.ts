import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'documents'; query: URLSearchParams }
  | { page: 'document'; id: string }
  | { page: 'revision'; documentId: string; revisionId: string; find?: string }
  | { page: 'search'; q: string }
  | { page: 'departments' }
  | { page: 'organisation' }
  | { page: 'users' }
  | { page: 'settings' }
  | { page: 'registerExisting' }
  | { page: 'log' }
  | { page: 'reading'; revisionId: string }
  | { page: 'training'; personId?: string }
  | { page: 'notFound' };

export type Page = Route['page'];

const REPLACED = 'qms:hashreplaced';

/** Reads `#/documents/<id>?…` into a route; the hash keeps the page across reloads. */
export function parseHash(hash: string): Route {
  const [rawPath = '', rawQuery = ''] = hash.replace(/^#/, '').split('?');
  const parts = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (first === 'documents' && second && rest.length === 2 && rest[0] === 'revisions') {
    const find = new URLSearchParams(rawQuery).get('find');
    return { page: 'revision', documentId: second, revisionId: rest[1]!, ...(find ? { find } : {}) };
  }
  if (rest.length > 0) return { page: 'notFound' };
  if (!first) return { page: 'home' };
  if (first === 'search' && !second) return { page: 'search', q: new URLSearchParams(rawQuery).get('q') ?? '' };
  if (first === 'register-existing' && !second) return { page: 'registerExisting' };
  if (first === 'reading' && second) return { page: 'reading', revisionId: second };
  if (first === 'training' && !second) {
    const person = new URLSearchParams(rawQuery).get('person');
    return person ? { page: 'training', personId: person } : { page: 'training' };
  }
  if (first === 'documents') return second ? { page: 'document', id: second } : { page: 'documents', query: new URLSearchParams(rawQuery) };
  if (second) return { page: 'notFound' };
  if (first === 'departments' || first === 'organisation' || first === 'users' || first === 'settings' || first === 'log') return { page: first };
  return { page: 'notFound' };
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useRoute(): Route {
  return parseHash(useHash());
}

/** Goes to a path such as `/documents/abc`, adding a history entry. */
export function navigate(path: string): void {
  window.location.hash = path;
}

/** Changes the hash without a history entry (filters, paging), so Back leaves the page instead of undoing a filter. */
export function replacePath(path: string): void {
  const url = `${window.location.pathname}${window.location.search}#${path}`;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(REPLACED));
}

export const href = (path: string) => `#${path}`;
export const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;
export const revisionPath = (documentId: string, revisionId: string) => `${documentPath(documentId)}/revisions/${encodeURIComponent(revisionId)}`;
/** A revision opened with the find bar on `find`, scrolled to its first occurrence (from a search hit). */
export const revisionFindPath = (documentId: string, revisionId: string, find: string) =>
  `${revisionPath(documentId, revisionId)}?${new URLSearchParams({ find }).toString()}`;
export const searchPath = (q: string) => `/search?${new URLSearchParams({ q }).toString()}`;
