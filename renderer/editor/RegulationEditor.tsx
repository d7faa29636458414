import { SearchOutlined } from '@ant-design/icons';
import { Extension } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { App, Flex } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMAGE_BYTES, type Content } from '../../shared/editor/content';
import type { Language } from '../../shared/editor/structure';
import { formatBytes } from '../i18n/format';
import { toContent } from './content';
import { editorExtensions } from './extensions';
import type { ImageRejection } from './plugins/imageFiles';
import { CharCount } from './ui/CharCount';
import { FindBar } from './ui/FindBar';
import { Outline } from './ui/Outline';
import { SHORTCUTS } from './ui/shortcuts';
import { Toolbar } from './ui/Toolbar';
import { ToolButton } from './ui/ToolButton';
import './editor.css';

interface Props {
  /** Already checked with checkStoredContent; remount (key) to load other content. */
  content: Content;
  language: Language;
  editable: boolean;
  onChange?: (content: Content) => void;
  /** Shown beside the character count (the save state). */
  footer?: ReactNode;
  /** Opens the find bar on this text and scrolls to its first occurrence (a search hit). */
  initialFind?: string;
}

export function RegulationEditor({ content, language, editable, onChange, footer, initialFind }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [findOpen, setFindOpen] = useState(!!initialFind);
  const [linkOpen, setLinkOpen] = useState(false);
  const latest = useRef({ onChange, editable });
  useLayoutEffect(() => {
    latest.current = { onChange, editable };
  });

  const rejectImage = (r: ImageRejection) =>
    void message.error(t(`editor.image.${r.reason}`, { name: r.fileName, limit: formatBytes(MAX_IMAGE_BYTES) }));

  const editor = useEditor(
    {
      extensions: [
        ...editorExtensions({
          language,
          onImageRejected: rejectImage,
          onPastedImagesDropped: (count) => void message.warning(t('editor.image.droppedOnPaste', { count })),
          placeholder: t('office.editor.placeholder'),
        }),
        Extension.create({
          name: 'editorPanels',
          addKeyboardShortcuts: () => ({
            [SHORTCUTS.find]: () => {
              setFindOpen(true);
              return true;
            },
            [SHORTCUTS.link]: () => {
              if (!latest.current.editable) return false;
              setLinkOpen(true);
              return true;
            },
          }),
        }),
      ],
      content: content.doc,
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'qms-prose', lang: language, spellcheck: 'false', 'data-testid': 'editor' } },
      onUpdate: ({ editor: e }) => latest.current.onChange?.(toContent(e.getJSON())),
    },
    [],
  );

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return (
    <div className="regulation-editor" data-testid="regulation-editor">
      {editable ? (
        <Toolbar editor={editor} onFind={() => setFindOpen(true)} linkOpen={linkOpen} onLinkOpenChange={setLinkOpen} onImageRejected={rejectImage} />
      ) : (
        <Flex className="editor-toolbar" justify="flex-end">
          <ToolButton label={t('editor.tools.find')} shortcut={SHORTCUTS.find} icon={<SearchOutlined />} testId="tool-find" onClick={() => setFindOpen(true)} />
        </Flex>
      )}
      {findOpen && <FindBar editor={editor} editable={editable} initialQuery={initialFind} onClose={() => setFindOpen(false)} />}
      <div className="editor-body">
        <Outline editor={editor} language={language} />
        <div className="editor-page">
          <EditorContent editor={editor} />
        </div>
      </div>
      <Flex className="editor-footer" justify="space-between" align="center" gap={16}>
        <CharCount editor={editor} language={language} />
        {footer}
      </Flex>
    </div>
  );
}
