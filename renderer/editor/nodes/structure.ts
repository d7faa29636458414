import { Extension, Node, mergeAttributes, textblockTypeInputRule, type Editor } from '@tiptap/core';
import { STRUCTURE_TYPES, type StructureType } from '../../../shared/editor/structure';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    structure: {
      /** Makes the current top-level block a chapter, article or clause; again turns it back into a paragraph. */
      toggleStructure: (type: StructureType) => ReturnType;
      /** One level down (章 → 条 → 项) or up; false outside a chapter, article or item, or at the end of the scale. */
      relevelStructure: (direction: 'down' | 'up') => ReturnType;
    };
  }
}

export const STRUCTURE_SHORTCUTS: Record<StructureType, string> = { chapter: 'Mod-Alt-7', article: 'Mod-Alt-8', clause: 'Mod-Alt-9' };

export const isStructureType = (name: string): name is StructureType => (STRUCTURE_TYPES as readonly string[]).includes(name);

/** Typing the number by hand at the start of a paragraph, then a space, makes the block (the label replaces the typed number). */
const TYPED_NUMBER: Record<StructureType, RegExp> = {
  chapter: /^第[一二三四五六七八九十百千零〇两\d]+章[\s\u3000]$/,
  article: /^第[一二三四五六七八九十百千零〇两\d]+条[\s\u3000]$/,
  clause: /^[（(][一二三四五六七八九十]+[）)][\s\u3000]$/,
};

/**
 * Regulation blocks are top-level textblocks in their own group, so they can never end up inside a list,
 * a quote or a table cell, where their position-based numbering would mean nothing.
 */
function structureNode(type: StructureType) {
  return Node.create({
    name: type,
    group: 'structure',
    content: 'inline*',
    defining: true,
    parseHTML: () => [{ tag: `p[data-structure="${type}"]`, priority: 60 }],
    renderHTML: ({ HTMLAttributes }) => ['p', mergeAttributes(HTMLAttributes, { 'data-structure': type, class: `structure structure-${type}` }), 0],
    addKeyboardShortcuts() {
      return { [STRUCTURE_SHORTCUTS[type]]: () => this.editor.commands.toggleStructure(type) };
    },
    addInputRules() {
      return [textblockTypeInputRule({ find: TYPED_NUMBER[type], type: this.type })];
    },
  });
}

export const Chapter = structureNode('chapter');
export const Article = structureNode('article');
export const Clause = structureNode('clause');

/** Tab demotes (章 → 条 → 项), Shift+Tab promotes, as in Word's outline levels. */
const DEMOTE: Record<StructureType, StructureType> = { chapter: 'article', article: 'clause', clause: 'clause' };
const PROMOTE: Record<StructureType, StructureType> = { chapter: 'chapter', article: 'chapter', clause: 'article' };

/** After a chapter comes an article; an article or clause continues with another; Enter on an empty one ends the run. */
const NEXT_ON_ENTER: Record<StructureType, StructureType> = { chapter: 'article', article: 'article', clause: 'clause' };

export const StructureCommands = Extension.create({
  name: 'structureCommands',
  addCommands() {
    return {
      relevelStructure:
        (direction) =>
        ({ state, commands }) => {
          const { $from } = state.selection;
          const name = $from.depth >= 1 ? $from.node(1).type.name : '';
          if (!isStructureType(name)) return false;
          const to = (direction === 'down' ? DEMOTE : PROMOTE)[name];
          return to !== name && commands.setNode(to);
        },
      toggleStructure:
        (type) =>
        ({ state, commands }) => {
          const { $from } = state.selection;
          if ($from.depth < 1) return false;
          const block = $from.node(1);
          return block.type.name === type ? commands.setNode('paragraph') : commands.setNode(type);
        },
    };
  },
  addKeyboardShortcuts() {
    /** In a chapter, article or item, Tab and Shift+Tab change its level and never leave the editor. */
    const relevel =
      (direction: 'down' | 'up') =>
      ({ editor }: { editor: Editor }) => {
        const { $from } = editor.state.selection;
        if (!isStructureType($from.depth >= 1 ? $from.node(1).type.name : '')) return false;
        editor.commands.relevelStructure(direction);
        return true;
      };
    return {
      Tab: relevel('down'),
      'Shift-Tab': relevel('up'),
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        const name = $from.parent.type.name;
        if (!empty || $from.depth !== 1 || !isStructureType(name)) return false;
        if ($from.parent.content.size === 0) return editor.commands.setNode('paragraph');
        if ($from.parentOffset !== $from.parent.content.size) return false;
        return editor.chain().splitBlock().setNode(NEXT_ON_ENTER[name]).run();
      },
    };
  },
});
