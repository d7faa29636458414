import type { ReactNode } from 'react';
import { MARK_END, MARK_START } from '../../../shared/search/contract';

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

export function Snippet({ text }: { text: string }): ReactNode {
  return (
    <span className="search-snippet">
      {snippetParts(text).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
