import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { structureLabels, type Language } from '../../../shared/editor/structure';

export const structureLabelsKey = new PluginKey<DecorationSet>('structureLabels');

function labelWidget(label: string, type: string): HTMLElement {
  const span = document.createElement('span');
  span.className = `structure-label structure-label-${type}`;
  span.contentEditable = 'false';
  span.textContent = label;
  return span;
}

/** Numbers are never stored: they are computed from block positions, exactly as the Word export and search text do. */
export function labelDecorations(doc: PMNode, language: Language): DecorationSet {
  const types: string[] = [];
  doc.forEach((child) => types.push(child.type.name));
  const labels = structureLabels(types, language);
  const decorations: Decoration[] = [];
  doc.forEach((child, offset, index) => {
    const label = labels[index];
    if (!label) return;
    const type = child.type.name;
    decorations.push(Decoration.widget(offset + 1, () => labelWidget(label, type), { side: -1, key: `${type}:${label}`, ignoreSelection: true }));
  });
  return DecorationSet.create(doc, decorations);
}

export const StructureLabels = Extension.create<{ language: Language }>({
  name: 'structureLabels',
  addOptions: () => ({ language: 'zh-CN' }),
  addProseMirrorPlugins() {
    const { language } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: structureLabelsKey,
        state: {
          init: (_config, state) => labelDecorations(state.doc, language),
          apply: (tr, previous) => (tr.docChanged ? labelDecorations(tr.doc, language) : previous),
        },
        props: { decorations: (state) => structureLabelsKey.getState(state) },
      }),
    ];
  },
});
