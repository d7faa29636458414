import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface Match {
  from: number;
  to: number;
}

export interface FindState {
  query: string;
  caseSensitive: boolean;
  matches: Match[];
  /** Index of the highlighted match, -1 when there is none. */
  current: number;
  decorations: DecorationSet;
}

type FindMeta = { query?: string; caseSensitive?: boolean; current?: number };

export const findKey = new PluginKey<FindState>('findReplace');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of `query` inside one textblock (matches never cross blocks); inline leaves count as one character. */
export function findMatches(doc: PMNode, query: string, caseSensitive: boolean): Match[] {
  if (!query) return [];
  const pattern = new RegExp(escapeRegExp(query), caseSensitive ? 'gu' : 'giu');
  const matches: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, '\uFFFC');
    for (const m of text.matchAll(pattern)) matches.push({ from: pos + 1 + m.index, to: pos + 1 + m.index + m[0].length });
    return false;
  });
  return matches;
}

function build(doc: PMNode, query: string, caseSensitive: boolean, current: number): FindState {
  const matches = findMatches(doc, query, caseSensitive);
  const index = matches.length === 0 ? -1 : Math.min(Math.max(current, 0), matches.length - 1);
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === index ? 'find-match find-match-current' : 'find-match' })),
  );
  return { query, caseSensitive, matches, current: index, decorations };
}

export const findState = (state: EditorState): FindState | undefined => findKey.getState(state);

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      setFindQuery: (query: string, caseSensitive?: boolean) => ReturnType;
      findNext: () => ReturnType;
      findPrevious: () => ReturnType;
      replaceCurrent: (replacement: string) => ReturnType;
      replaceAll: (replacement: string) => ReturnType;
    };
  }
}

export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: (_config, state) => build(state.doc, '', false, -1),
          apply(tr, prev) {
            const meta = tr.getMeta(findKey) as FindMeta | undefined;
            if (!meta && !tr.docChanged) return prev;
            return build(tr.doc, meta?.query ?? prev.query, meta?.caseSensitive ?? prev.caseSensitive, meta?.current ?? prev.current);
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ];
  },
  addCommands() {
    /** Moves the highlight to match `index` (wrapping round) and selects it so the view scrolls there. */
    const goTo =
      (step: 1 | -1) =>
      () =>
      ({ state, tr, dispatch }: { state: EditorState; tr: EditorState['tr']; dispatch?: unknown }) => {
        const found = findState(state);
        if (!found || found.matches.length === 0) return false;
        const n = found.matches.length;
        const current = (found.current + step + n) % n;
        const match = found.matches[current]!;
        if (dispatch) tr.setMeta(findKey, { current }).setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
        return true;
      };
    return {
      setFindQuery:
        (query, caseSensitive) =>
        ({ state, tr, dispatch }) => {
          if (!dispatch) return true;
          const from = state.selection.from;
          const matches = findMatches(state.doc, query, caseSensitive ?? findState(state)?.caseSensitive ?? false);
          const first = matches.findIndex((m) => m.from >= from);
          tr.setMeta(findKey, { query, caseSensitive, current: first === -1 ? 0 : first });
          return true;
        },
      findNext: goTo(1),
      findPrevious: goTo(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const found = findState(state);
          const match = found?.matches[found.current];
          if (!match) return false;
          if (dispatch) {
            if (replacement) tr.insertText(replacement, match.from, match.to);
            else tr.delete(match.from, match.to);
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const found = findState(state);
          if (!found || found.matches.length === 0) return false;
          if (dispatch)
            for (const match of [...found.matches].reverse()) {
              if (replacement) tr.insertText(replacement, match.from, match.to);
              else tr.delete(match.from, match.to);
            }
          return true;
        },
    };
  },
});
