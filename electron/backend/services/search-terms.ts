import { MARK_END, MARK_START } from '../../../shared/search/contract';

/** At most this many words are searched; more add nothing a person types. */
const MAX_TERMS = 8;

/**
 * The words of a query: control and format characters (NUL among them), the highlight markers and
 * FTS5's own quote are dropped, and the rest is split on any space, the full-width one too.
 * Each word is searched as plain text, so nothing a user types reaches FTS5 as syntax.
 */
export function searchTerms(q: string): string[] {
  const cleaned = q.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}"]/gu, ' ');
  const words = cleaned.split(/[\s\u3000]+/u).filter(Boolean);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    const key = w.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out.slice(0, MAX_TERMS);
}

/** One word as an FTS5 string: always quoted (searchTerms already removed double quotes). */
export const ftsPhrase = (term: string) => `"${term}"`;

/** The trigram index answers words of three or more characters; shorter ones need the pair index. */
export const isLong = (term: string) => [...term].length >= 3;

interface Span {
  from: number;
  to: number;
}

/** Every occurrence of every term, case-insensitive, as non-overlapping spans in text order. */
function spans(text: string, terms: string[]): Span[] {
  const lower = text.toLowerCase();
  const all: Span[] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) all.push({ from: at, to: at + needle.length });
  }
  all.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    // Touching matches (客户|投诉) become one highlight.
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** `text` with each occurrence of the terms wrapped in the highlight markers. */
export function markTerms(text: string, terms: string[]): string {
  let out = '';
  let at = 0;
  for (const s of spans(text, terms)) {
    out += `${text.slice(at, s.from)}${MARK_START}${text.slice(s.from, s.to)}${MARK_END}`;
    at = s.to;
  }
  return out + text.slice(at);
}

const BEFORE = 24;
const AFTER = 56;
/** A structure label at the start of a line: 第十二条, 第三章, （一）, Article 12, Chapter 3, (1). */
const LABEL = /^(第[一二三四五六七八九十百零〇\d]+[章条节]|（[一二三四五六七八九十百零〇\d]+）|(?:Article|Chapter) \d+|\(\d+\))[\u3000 ]/u;

const lineAround = (text: string, at: number) => {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
};

/**
 * The passage around the first match in the first line holding the most of the words, highlighted, kept
 * within its line. It starts at the line's beginning when that is near, never inside a label such as 第十二条.
 */
export function snippetOf(text: string, terms: string[]): string {
  const found = spans(text, terms);
  if (found.length === 0) return text.split('\n', 1)[0]!.slice(0, BEFORE + AFTER);
  const held = (s: Span) => {
    const { start, end } = lineAround(text, s.from);
    const line = text.slice(start, end).toLowerCase();
    return terms.filter((term) => line.includes(term.toLowerCase())).length;
  };
  let first = found[0]!;
  let best = held(first);
  for (const s of found) {
    if (best === terms.length) break;
    const n = held(s);
    if (n > best) [first, best] = [s, n];
  }
  const { start: lineStart, end: lineEnd } = lineAround(text, first.from);
  let start = Math.max(lineStart, first.from - BEFORE);
  const label = LABEL.exec(text.slice(lineStart, lineEnd));
  if (start > lineStart && label && start < lineStart + label[0].length + 4) start = lineStart;
  const end = Math.min(lineEnd, Math.max(first.to + AFTER - (first.from - start), first.to + 8));
  return `${start > lineStart ? '…' : ''}${markTerms(text.slice(start, end), terms)}${end < lineEnd ? '…' : ''}`;
}
