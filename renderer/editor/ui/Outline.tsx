import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEditorState } from '@tiptap/react';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { structureLabels, type Language } from '../../../shared/editor/structure';

interface OutlineItem {
  pos: number;
  depth: number;
  label: string;
  text: string;
}

/** Headings and chapters, in document order, with the chapter numbers the editor shows. */
export function outlineItems(doc: PMNode, language: Language): OutlineItem[] {
  const types: string[] = [];
  doc.forEach((child) => types.push(child.type.name));
  const labels = structureLabels(types, language);
  const items: OutlineItem[] = [];
  doc.forEach((child, pos, index) => {
    if (child.type.name === 'chapter') items.push({ pos, depth: 0, label: labels[index] ?? '', text: child.textContent });
    else if (child.type.name === 'heading') items.push({ pos, depth: Number(child.attrs.level) - 1, label: '', text: child.textContent });
  });
  return items;
}

export function Outline({ editor, language }: { editor: Editor; language: Language }) {
  const { t } = useTranslation();
  const items = useEditorState({ editor, selector: ({ editor: e }) => outlineItems(e.state.doc, language) });

  const jump = (pos: number) => {
    editor.chain().setTextSelection(pos + 1).run();
    (editor.view.nodeDOM(pos) as HTMLElement | null)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    if (editor.isEditable) editor.view.focus();
  };

  return (
    <nav className="editor-outline" aria-label={t('editor.outline.title')} data-testid="editor-outline">
      <Typography.Text type="secondary" strong className="outline-title">
        {t('editor.outline.title')}
      </Typography.Text>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('editor.outline.empty')} />
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.pos} style={{ paddingInlineStart: item.depth * 12 }}>
              <button type="button" className="outline-link" onClick={() => jump(item.pos)} title={item.text}>
                {item.label && <span className="outline-label">{item.label}</span>}
                {item.text || t('editor.outline.untitled')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
