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
  | { page: 'checklist'; auditId: string }
  | { page: 'findings'; query: URLSearchParams }
  | { page: 'finding'; id: string }
  | { page: 'audits' }
  | { page: 'audit'; id: string }
  | { page: 'programme'; year: number }
  | { page: 'scope' }
  | { page: 'matrix' }
  | { page: 'capaList'; query: URLSearchParams }
  | { page: 'capa'; id: string }
  | { page: 'risks' }
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
  if (first === 'audits' && second && rest.length === 1 && rest[0] === 'checklist') return { page: 'checklist', auditId: second };
  if (first === 'audits' && second === 'programme' && rest.length === 1 && /^\d{4}$/.test(rest[0]!)) return { page: 'programme', year: Number(rest[0]) };
  if (first === 'audits' && rest.length === 0) return second ? { page: 'audit', id: second } : { page: 'audits' };
  if (rest.length > 0) return { page: 'notFound' };
  if (first === 'findings') return second ? { page: 'finding', id: second } : { page: 'findings', query: new URLSearchParams(rawQuery) };
  if (!first) return { page: 'home' };
  if (first === 'search' && !second) return { page: 'search', q: new URLSearchParams(rawQuery).get('q') ?? '' };
  if (first === 'register-existing' && !second) return { page: 'registerExisting' };
  if (first === 'risks' && !second) return { page: 'risks' };
  if (first === 'capa') return second ? { page: 'capa', id: second } : { page: 'capaList', query: new URLSearchParams(rawQuery) };
  if (first === 'reading' && second) return { page: 'reading', revisionId: second };
  if (first === 'training' && !second) {
    const person = new URLSearchParams(rawQuery).get('person');
    return person ? { page: 'training', personId: person } : { page: 'training' };
  }
  if (first === 'documents') return second ? { page: 'document', id: second } : { page: 'documents', query: new URLSearchParams(rawQuery) };
  if (second) return { page: 'notFound' };
  if (first === 'departments' || first === 'organisation' || first === 'users' || first === 'settings' || first === 'log' || first === 'scope' || first === 'matrix') return { page: first };
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
export const capaPath = (id: string) => `/capa/${encodeURIComponent(id)}`;
export const searchPath = (q: string) => `/search?${new URLSearchParams({ q }).toString()}`;
export const auditPath = (id: string) => `/audits/${encodeURIComponent(id)}`;
export const programmePath = (year: number) => `/audits/programme/${year}`;
