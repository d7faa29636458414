import JSZip from 'jszip';
import { chineseNumeral } from '../../../shared/editor/numerals';
import { parseStructurePrefix } from '../../../shared/editor/structure';

/**
 * Word's own list numbering, made visible to the converter: mammoth drops list numbers, so "第一章" that exists only
 * in numbering.xml (lvlText="第%1章", numFmt chineseCounting) would import as a plain "1." list. This works the
 * numbers out as Word counts them, and writes the chapter, article and clause labels into their paragraphs as text
 * (switching the list off there), where the ordinary recognition of typed 第X章 / 第X条 / （一） finds them.
 */

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** The level whose increment restarts this one (Word: any higher level by default; lvlRestart 0 = never). */
  restartAfter: number | null;
}

interface NumberingDefinitions {
  /** numId → abstractNumId and per-level start overrides. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
  /** Numbering style id → numId (for abstractNums that only link to a numbering style). */
  styleLinks: Map<string, string>;
  linkOf: Map<string, string>;
}

export interface NumberingResult {
  /** Whether document.xml in the zip was rewritten. */
  changed: boolean;
  /** Paragraphs whose chapter, article or clause label came from Word's list numbering. */
  recognised: { chapter: number; article: number; clause: number };
  /** What could not be read, for the import report. */
  problems: string[];
}

const attr = (xml: string, name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(xml)?.[1];
const child = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</w:${tag}>)`).exec(xml)?.[0];

function readDefinitions(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const linkOf = new Map<string, string>();
  const styleLinks = new Map<string, string>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1]!, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1]!, 'ilvl'));
      if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) continue;
      const restart = child(l[2]!, 'lvlRestart');
      const restartValue = restart ? Number(attr(restart, 'val')) : null;
      levels.set(ilvl, {
        start: Number(attr(child(l[2]!, 'start') ?? '', 'val') ?? 1) || 0,
        numFmt: attr(child(l[2]!, 'numFmt') ?? '', 'val') ?? 'decimal',
        lvlText: attr(child(l[2]!, 'lvlText') ?? '', 'val') ?? '',
        restartAfter: restartValue === null ? ilvl - 1 : restartValue === 0 ? null : restartValue - 1,
      });
    }
    abstracts.set(id, levels);
    const numStyleLink = attr(child(m[2]!, 'numStyleLink') ?? '', 'val');
    if (numStyleLink) linkOf.set(id, numStyleLink);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1]!, 'numId');
    const abstractId = attr(child(m[2]!, 'abstractNumId') ?? '', 'val');
    if (numId === undefined || abstractId === undefined) continue;
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(child(o[2]!, 'startOverride') ?? '', 'val');
      if (start !== undefined) starts.set(Number(attr(o[1]!, 'ilvl')), Number(start));
    }
    nums.set(numId, { abstractId, starts });
  }
  return { nums, abstracts, styleLinks, linkOf };
}

/** Paragraph styles' own numbering (numId, ilvl), following basedOn; numbering styles' numIds for numStyleLink. */
function readStyles(xml: string, defs: NumberingDefinitions): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1]!, 'styleId');
    if (!id) continue;
    const numPr = child(child(m[2]!, 'pPr') ?? '', 'numPr') ?? '';
    const numId = attr(child(numPr, 'numId') ?? '', 'val');
    const ilvl = attr(child(numPr, 'ilvl') ?? '', 'val');
    own.set(id, { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: attr(child(m[2]!, 'basedOn') ?? '', 'val') });
    if (attr(m[1]!, 'type') === 'numbering' && numId) defs.styleLinks.set(id, numId);
  }
  const resolved = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    for (let s: string | undefined = id; s && !seen.has(s) && seen.size < 32; s = own.get(s)?.basedOn) {
      seen.add(s);
      numId ??= own.get(s)?.numId;
      ilvl ??= own.get(s)?.ilvl;
    }
    if (numId && numId !== '0') resolved.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return resolved;
}

/** The abstract definition a num uses, following numStyleLink through numbering styles; null when it loops or is missing. */
function levelsOf(defs: NumberingDefinitions, numId: string): { key: string; levels: Map<number, Level> } | null {
  let abstractId = defs.nums.get(numId)?.abstractId;
  const seen = new Set<string>();
  while (abstractId !== undefined && defs.linkOf.has(abstractId)) {
    if (seen.has(abstractId) || seen.size > 16) return null;
    seen.add(abstractId);
    const linkedNum = defs.styleLinks.get(defs.linkOf.get(abstractId)!);
    const next = linkedNum ? defs.nums.get(linkedNum)?.abstractId : undefined;
    if (next === undefined || next === abstractId) return null;
    abstractId = next;
  }
  const levels = abstractId !== undefined ? defs.abstracts.get(abstractId) : undefined;
  return levels && abstractId !== undefined ? { key: abstractId, levels } : null;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const roman = (n: number) => ROMAN.reduce((out, [v, s]) => { let r = out; while (n >= v) { r += s; n -= v; } return r; }, '');
const letters = (n: number) => (n < 1 ? String(n) : String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1));

function format(n: number, numFmt: string): string {
  if (/^chinese|^ideograph|^taiwanese|^japaneseCounting/.test(numFmt)) return chineseNumeral(n);
  if (numFmt === 'lowerLetter') return letters(n);
  if (numFmt === 'upperLetter') return letters(n).toUpperCase();
  if (numFmt === 'lowerRoman') return roman(n);
  if (numFmt === 'upperRoman') return roman(n).toUpperCase();
  return String(n);
}

/** Each <w:p …>…</w:p> of a part with where it starts and ends, nested ones (text boxes) included. */
export function paragraphs(xml: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const stack: number[] = [];
  for (const m of xml.matchAll(/<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>/g)) {
    if (m[0] === '</w:p>') {
      const start = stack.pop();
      if (start !== undefined) out.push({ start, end: m.index + m[0].length });
    } else if (m[1] === '/') out.push({ start: m.index, end: m.index + m[0].length });
    else stack.push(m.index);
  }
  return out.sort((a, b) => a.start - b.start);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function applyWordNumbering(zip: JSZip): Promise<NumberingResult> {
  const recognised = { chapter: 0, article: 0, clause: 0 };
  const problems = new Set<string>();
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) return { changed: false, recognised, problems: [] };
  const usesNumbering = /<w:numPr\b/.test(documentXml);
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  if (!numberingXml) {
    if (usesNumbering || /<w:numPr\b/.test(stylesXml)) problems.add('numbering.xml is missing: list numbers could not be read');
    return { changed: false, recognised, problems: [...problems] };
  }
  const defs = readDefinitions(numberingXml);
  const styleNumbering = readStyles(stylesXml, defs);
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  const edits: { start: number; end: number; text: string }[] = [];

  for (const p of paragraphs(documentXml)) {
    const xml = documentXml.slice(p.start, p.end);
    const pPr = /^<w:p\b[^>]*>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)/.exec(xml)?.[1] ?? '';
    const numPr = child(pPr, 'numPr');
    const style = styleNumbering.get(attr(child(pPr, 'pStyle') ?? '', 'val') ?? '');
    const numId = (numPr && attr(child(numPr, 'numId') ?? '', 'val')) ?? style?.numId;
    if (!numId || numId === '0') continue;
    const ilvl = Number((numPr && attr(child(numPr, 'ilvl') ?? '', 'val')) ?? style?.ilvl ?? 0);
    const resolved = levelsOf(defs, numId);
    if (!resolved) {
      problems.add(defs.nums.has(numId) ? `list ${numId} links to numbering that loops or is missing` : `list ${numId} is not defined in numbering.xml`);
      continue;
    }
    const level = resolved.levels.get(ilvl);
    if (!level) {
      problems.add(`level ${ilvl + 1} of list ${numId} is not defined in numbering.xml`);
      continue;
    }
    // Word counts per abstract definition; a num with a start override restarts it where the num is first used.
    const counts = counters.get(resolved.key) ?? Array.from({ length: 9 }, (_, i) => (resolved.levels.get(i)?.start ?? 1) - 1);
    counters.set(resolved.key, counts);
    const override = defs.nums.get(numId)?.starts;
    if (override && !startedNums.has(numId)) for (const [l, s] of override) counts[l] = s - 1;
    startedNums.add(numId);
    counts[ilvl]!++;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = resolved.levels.get(deeper);
      if (d && d.restartAfter !== null && d.restartAfter >= ilvl) counts[deeper] = d.start - 1;
    }
    const label = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      return format(counts[l]!, resolved.levels.get(l)?.numFmt ?? 'decimal');
    });
    const structure = parseStructurePrefix(`${label} x`);
    if (!structure || level.numFmt === 'bullet') continue;
    recognised[structure.type]++;
    // The label as text after the paragraph properties, and the list switched off for this paragraph.
    const open = /^<w:p\b[^>]*>/.exec(xml)![0];
    const props = pPr
      ? numPr
        ? pPr.replace(numPr, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
        : pPr.replace('</w:pPr>', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>')
      : '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>';
    const rest = pPr ? xml.slice(xml.indexOf(pPr) + pPr.length) : xml.slice(open.length);
    const gap = structure.type === 'clause' ? '' : '\u3000';
    edits.push({ start: p.start, end: p.end, text: `${open}${props}<w:r><w:t xml:space="preserve">${escapeXml(label)}${gap}</w:t></w:r>${rest}` });
  }
  if (!edits.length) return { changed: false, recognised, problems: [...problems] };
  // Outermost edits only (a paragraph inside a text box inside an edited one is left as it was).
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out += documentXml.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += documentXml.slice(at);
  zip.file('word/document.xml', out);
  return { changed: true, recognised, problems: [...problems] };
}
