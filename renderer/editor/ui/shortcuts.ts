const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);

const MAC: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃', ArrowUp: '↑', ArrowDown: '↓', Enter: '↩' };
const PC: Record<string, string> = { Mod: 'Ctrl', ArrowUp: '↑', ArrowDown: '↓' };

/** ProseMirror key names ("Mod-Alt-7") as the reader's keyboard shows them: Ctrl+Alt+7, or ⌘⌥7 on a Mac. */
export function shortcutLabel(keys: string): string {
  const parts = keys.split('-').map((k) => (isMac ? MAC : PC)[k] ?? k.toUpperCase());
  return parts.join(isMac ? '' : '+');
}

/** The keys of the toolbar's actions, also shown in its tooltips. */
export const SHORTCUTS = {
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
  bold: 'Mod-b',
  italic: 'Mod-i',
  underline: 'Mod-u',
  strike: 'Mod-Shift-s',
  paragraph: 'Mod-Alt-0',
  heading1: 'Mod-Alt-1',
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  chapter: 'Mod-Alt-7',
  article: 'Mod-Alt-8',
  clause: 'Mod-Alt-9',
  moveUp: 'Alt-ArrowUp',
  moveDown: 'Alt-ArrowDown',
  bulletList: 'Mod-Shift-8',
  orderedList: 'Mod-Shift-7',
  indent: 'Tab',
  outdent: 'Shift-Tab',
  blockquote: 'Mod-Shift-b',
  hardBreak: 'Shift-Enter',
  link: 'Mod-k',
  find: 'Mod-f',
} as const;
