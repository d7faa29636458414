import type { ReactNode } from 'react';
import { MARK_END, MARK_START, type SearchHit } from '../../../shared/search/contract';
import { documentPath, revisionFindPath } from '../shell/router';

/** Splits a snippet on the private-use highlight markers; text is rendered as text, never as HTML. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  let text = '';
  const push = () => {
    if (text) parts.push({ text, marked });
    text = '';
  };
  for (const ch of snippet) {
    if (ch === MARK_START || ch === MARK_END) {
      push();
      marked = ch === MARK_START;
    } else text += ch;
  }
  push();
  return parts;
}

export function Snippet({ text, testId }: { text: string; testId?: string }): ReactNode {
  return (
    <span className="search-snippet" data-testid={testId}>
      {snippetParts(text).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

/**
 * Where a hit opens: the revision whose text matched, with find on the longest highlighted word of the
 * snippet (the most particular, so its first occurrence is most likely the passage shown); else the document.
 */
export function hitPath(hit: SearchHit): string {
  const marked = snippetParts(hit.snippet).filter((p) => p.marked).map((p) => p.text);
  const first = marked.sort((a, b) => [...b].length - [...a].length)[0] ?? hit.terms[0];
  return hit.revisionId && first ? revisionFindPath(hit.documentId, hit.revisionId, first) : documentPath(hit.documentId);
}
