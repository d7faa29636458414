import { TYPE_CODES, type DocumentType } from './types';

export const DEFAULT_NUMBER_PATTERN = 'QM-{type}-{seq:3}';
const TOKEN = /\{(type|year|dept|seq)(?::(\d))?\}/g;

export interface NumberVars {
  type: DocumentType;
  year: number;
  deptCode: string | null;
}

/** A pattern is usable when it has exactly one {seq} and only known tokens. */
export function isValidPattern(pattern: string): boolean {
  const tokens = [...pattern.matchAll(/\{[^}]*\}/g)].map((m) => m[0]);
  const seqs = tokens.filter((t) => /^\{seq(?::\d)?\}$/.test(t)).length;
  return seqs === 1 && tokens.every((t) => new RegExp(`^${TOKEN.source}$`).test(t)) && pattern.length <= 64;
}

function fill(pattern: string, vars: NumberVars, seq: (width: number) => string): string {
  return pattern.replace(TOKEN, (_m, name: string, width?: string) => {
    if (name === 'type') return TYPE_CODES[vars.type];
    if (name === 'year') return String(vars.year);
    if (name === 'dept') return vars.deptCode || 'GEN';
    return seq(width ? Number(width) : 1);
  });
}

/** Numbers sharing everything but the sequence share one counter. */
export function sequenceKey(pattern: string, vars: NumberVars): string {
  return fill(pattern, vars, () => '#');
}

export function formatNumber(pattern: string, vars: NumberVars, seq: number): string {
  return fill(pattern, vars, (width) => String(seq).padStart(width, '0'));
}
