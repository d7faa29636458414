import type { Content } from '../../../shared/editor/content';

/** An unsaved state of a draft, kept in this browser until the server has it. */
export interface LocalCopy {
  /** The revision version the changes were made on. */
  baseVersion: number;
  savedAt: string;
  content: Content;
}

const key = (revisionId: string) => `qms.unsaved.${revisionId}`;

/** Returns false when the browser refuses (storage full or disabled): the caller says the safety copy is missing. */
export function keepLocalCopy(revisionId: string, copy: LocalCopy): boolean {
  try {
    localStorage.setItem(key(revisionId), JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function readLocalCopy(revisionId: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(key(revisionId));
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<LocalCopy>;
    return typeof copy.baseVersion === 'number' && typeof copy.savedAt === 'string' && copy.content ? (copy as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function clearLocalCopy(revisionId: string): void {
  try {
    localStorage.removeItem(key(revisionId));
  } catch {
    // Storage disabled: nothing was kept either.
  }
}
