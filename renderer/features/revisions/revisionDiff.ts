import { diffArrays, diffChars, diffWords, type ChangeObject } from 'diff';
import { contentText, type Content } from '../../../shared/editor/content';
import { structureLabels, type Language } from '../../../shared/editor/structure';

export interface Block {
  type: string;
  /** 第X章 / 第X条 / （一） as numbered in this revision, and that number. */
  label?: string;
  number?: number;
  text: string;
}

export type DiffRow =
  | { kind: 'same'; block: Block }
  | { kind: 'renumbered'; before: Block; after: Block }
  | { kind: 'removed'; block: Block }
  | { kind: 'added'; block: Block }
  | { kind: 'changed'; before: Block; after: Block; words: ChangeObject<string>[] };

export type StructureEvent =
  | { kind: 'added' | 'removed'; type: string; label: string }
  /** `count` consecutive blocks renumbered by the same step, from..last → to..lastTo. */
  | { kind: 'renumbered'; type: string; from: string; to: string; last: string; lastTo: string; count: number; fromNo: number; toNo: number };

/** One line per top-level block (contentText), with its structure label split off. */
export function toBlocks(content: Content, language: Language): Block[] {
  const blocks = content.doc.content;
  const labels = structureLabels(blocks.map((b) => b.type), language);
  const counts = new Map<string, number>();
  return contentText(content, language).map((line, i) => {
    const type = blocks[i]!.type;
    const label = labels[i];
    if (!label) return { type, text: line };
    // Clauses count within their article; the number only serves to group renumberings.
    const number = type === 'article' || type === 'chapter' ? (counts.get(type) ?? 0) + 1 : undefined;
    if (number) counts.set(type, number);
    // contentText joins label and text with one separator character.
    return { type, label, number, text: line.slice(label.length + 1) };
  });
}

const segmenter = (language: Language) =>
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(language, { granularity: 'word' }) : undefined;

/** Word-level changes; Chinese has no spaces, so words come from Intl.Segmenter, or single characters without it. */
export function diffText(before: string, after: string, language: Language): ChangeObject<string>[] {
  const intlSegmenter = segmenter(language);
  return intlSegmenter ? diffWords(before, after, { intlSegmenter }) : diffChars(before, after);
}

/**
 * Compares two revisions block by block. Blocks are matched on type and text, not on numbering, so
 * inserting one article shows as one added article plus the renumbering of those after it.
 */
export function diffRevisions(a: Content, b: Content, language: Language): DiffRow[] {
  const before = toBlocks(a, language);
  const after = toBlocks(b, language);
  const key = (block: Block) => `${block.type}\u0000${block.text}`;
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  let removed: Block[] = [];
  const flushRemoved = () => {
    rows.push(...removed.map((block) => ({ kind: 'removed' as const, block })));
    removed = [];
  };
  for (const part of diffArrays(before.map(key), after.map(key))) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...before.slice(i, i + n));
      i += n;
    } else if (part.added) {
      // Removed lines followed by added ones are edits of the same blocks, shown word by word.
      for (const block of after.slice(j, j + n)) {
        const old = removed.shift();
        rows.push(old ? { kind: 'changed', before: old, after: block, words: diffText(old.text, block.text, language) } : { kind: 'added', block });
      }
      j += n;
      flushRemoved();
    } else {
      flushRemoved();
      for (let k = 0; k < n; k += 1) {
        const x = before[i + k]!;
        const y = after[j + k]!;
        rows.push(x.label !== y.label ? { kind: 'renumbered', before: x, after: y } : { kind: 'same', block: y });
      }
      i += n;
      j += n;
    }
  }
  flushRemoved();
  return rows;
}

/** A renumbering, merged into the previous one when it continues the same run (第四条…第三十二条 each +1). */
function pushRenumbered(events: StructureEvent[], type: string, before: Block, after: Block): void {
  const prev = events[events.length - 1];
  const fromNo = before.number ?? 0;
  const toNo = after.number ?? 0;
  if (prev?.kind === 'renumbered' && prev.type === type && fromNo && prev.fromNo + prev.count === fromNo && prev.toNo - prev.fromNo === toNo - fromNo) {
    prev.count += 1;
    prev.last = before.label!;
    prev.lastTo = after.label!;
    return;
  }
  events.push({ kind: 'renumbered', type, from: before.label!, to: after.label!, last: before.label!, lastTo: after.label!, count: 1, fromNo, toNo });
}

/** Chapters, articles and clauses added, removed or renumbered, for the summary above the diff. */
export function structureEvents(rows: readonly DiffRow[]): StructureEvent[] {
  const events: StructureEvent[] = [];
  for (const row of rows) {
    if ((row.kind === 'added' || row.kind === 'removed') && row.block.label)
      events.push({ kind: row.kind, type: row.block.type, label: row.block.label });
    if (row.kind === 'renumbered' && row.before.label && row.after.label) pushRenumbered(events, row.after.type, row.before, row.after);
    if (row.kind === 'changed' && row.before.label !== row.after.label) {
      if (row.before.type === row.after.type && row.before.label && row.after.label) pushRenumbered(events, row.after.type, row.before, row.after);
      else if (row.before.label) events.push({ kind: 'removed', type: row.before.type, label: row.before.label });
      if (row.after.label && row.before.type !== row.after.type) events.push({ kind: 'added', type: row.after.type, label: row.after.label });
    }
  }
  return events;
}
