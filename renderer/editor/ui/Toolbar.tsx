import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  BoldOutlined,
  EnterOutlined,
  ItalicOutlined,
  LineOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  SearchOutlined,
  StrikethroughOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Divider, Flex, Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { STRUCTURE_TYPES } from '../../../shared/editor/structure';
import { IMAGE_TYPES, insertImageFiles, type OnImageRejected } from '../plugins/imageFiles';
import { LinkButton } from './LinkButton';
import { SHORTCUTS } from './shortcuts';
import { TableMenu } from './TableMenu';
import { ToolButton } from './ToolButton';

type Chain = ReturnType<Editor['chain']>;
const LEVELS = [1, 2, 3] as const;

function blockOf(e: Editor): string {
  for (const level of LEVELS) if (e.isActive('heading', { level })) return `heading${level}`;
  return STRUCTURE_TYPES.find((type) => e.isActive(type)) ?? (e.isActive('paragraph') ? 'paragraph' : '');
}

interface Props {
  editor: Editor;
  onFind: () => void;
  linkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  onImageRejected: OnImageRejected;
}

export function Toolbar({ editor, onFind, linkOpen, onLinkOpenChange, onImageRejected }: Props) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      block: blockOf(e),
      marks: { bold: e.isActive('bold'), italic: e.isActive('italic'), underline: e.isActive('underline'), strike: e.isActive('strike') },
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      canSink: e.can().sinkListItem('listItem'),
      canLift: e.can().liftListItem('listItem'),
      canDemote: e.can().relevelStructure('down'),
      canPromote: e.can().relevelStructure('up'),
    }),
  });
  const run = (fn: (c: Chain) => Chain) => () => fn(editor.chain().focus()).run();

  const blockOptions = [
    { value: 'paragraph', label: t('editor.blocks.paragraph') },
    ...LEVELS.map((level) => ({ value: `heading${level}`, label: t(`editor.blocks.heading${level}`) })),
    ...STRUCTURE_TYPES.map((type) => ({ value: type, label: t(`editor.structure.${type}`) })),
  ];
  const setBlock = (value: string) => {
    const level = LEVELS.find((l) => value === `heading${l}`);
    if (level) editor.chain().focus().setNode('heading', { level }).run();
    else editor.chain().focus().setNode(value).run();
  };

  return (
    <Flex className="editor-toolbar" wrap align="center" gap={2} data-testid="editor-toolbar">
      <ToolButton label={t('editor.tools.undo')} shortcut={SHORTCUTS.undo} icon={<UndoOutlined />} disabled={!s.canUndo} onClick={run((c) => c.undo())} />
      <ToolButton label={t('editor.tools.redo')} shortcut={SHORTCUTS.redo} icon={<RedoOutlined />} disabled={!s.canRedo} onClick={run((c) => c.redo())} />
      <Divider orientation="vertical" />
      <Select
        size="small"
        variant="borderless"
        style={{ width: 128 }}
        popupMatchSelectWidth={false}
        value={s.block || null}
        placeholder={t('editor.blocks.other')}
        options={blockOptions}
        onChange={setBlock}
        aria-label={t('editor.blocks.label')}
        data-testid="tool-block"
      />
      {STRUCTURE_TYPES.map((type) => (
        <ToolButton
          key={type}
          label={t(`editor.structure.${type}`)}
          shortcut={SHORTCUTS[type]}
          active={s.block === type}
          testId={`tool-${type}`}
          onClick={run((c) => c.toggleStructure(type))}
        >
          {t(`editor.structure.${type}Short`)}
        </ToolButton>
      ))}
      <ToolButton label={t('editor.tools.moveUp')} shortcut={SHORTCUTS.moveUp} icon={<ArrowUpOutlined />} testId="tool-move-up" onClick={run((c) => c.moveBlock('up'))} />
      <ToolButton label={t('editor.tools.moveDown')} shortcut={SHORTCUTS.moveDown} icon={<ArrowDownOutlined />} testId="tool-move-down" onClick={run((c) => c.moveBlock('down'))} />
      <Divider orientation="vertical" />
      <ToolButton label={t('editor.tools.bold')} shortcut={SHORTCUTS.bold} icon={<BoldOutlined />} active={s.marks.bold} onClick={run((c) => c.toggleBold())} />
      <ToolButton label={t('editor.tools.italic')} shortcut={SHORTCUTS.italic} icon={<ItalicOutlined />} active={s.marks.italic} onClick={run((c) => c.toggleItalic())} />
      <ToolButton label={t('editor.tools.underline')} shortcut={SHORTCUTS.underline} icon={<UnderlineOutlined />} active={s.marks.underline} onClick={run((c) => c.toggleUnderline())} />
      <ToolButton label={t('editor.tools.strike')} shortcut={SHORTCUTS.strike} icon={<StrikethroughOutlined />} active={s.marks.strike} onClick={run((c) => c.toggleStrike())} />
      <LinkButton editor={editor} open={linkOpen} onOpenChange={onLinkOpenChange} active={s.link} />
      <Divider orientation="vertical" />
      <ToolButton label={t('editor.tools.bulletList')} shortcut={SHORTCUTS.bulletList} icon={<UnorderedListOutlined />} active={s.bulletList} onClick={run((c) => c.toggleBulletList())} />
      <ToolButton label={t('editor.tools.orderedList')} shortcut={SHORTCUTS.orderedList} icon={<OrderedListOutlined />} active={s.orderedList} onClick={run((c) => c.toggleOrderedList())} />
      <ToolButton label={t('editor.tools.indent')} shortcut={SHORTCUTS.indent} icon={<MenuUnfoldOutlined />} disabled={!s.canSink && !s.canDemote} onClick={run((c) => (s.canDemote ? c.relevelStructure('down') : c.sinkListItem('listItem')))} testId="tool-indent" />
      <ToolButton label={t('editor.tools.outdent')} shortcut={SHORTCUTS.outdent} icon={<MenuFoldOutlined />} disabled={!s.canLift && !s.canPromote} onClick={run((c) => (s.canPromote ? c.relevelStructure('up') : c.liftListItem('listItem')))} testId="tool-outdent" />
      <ToolButton label={t('editor.tools.blockquote')} shortcut={SHORTCUTS.blockquote} active={s.blockquote} onClick={run((c) => c.toggleBlockquote())}>
        <span className="quote-glyph">“</span>
      </ToolButton>
      <ToolButton label={t('editor.tools.horizontalRule')} icon={<LineOutlined />} onClick={run((c) => c.setHorizontalRule())} />
      <ToolButton label={t('editor.tools.hardBreak')} shortcut={SHORTCUTS.hardBreak} icon={<EnterOutlined />} onClick={run((c) => c.setHardBreak())} />
      <Divider orientation="vertical" />
      <ToolButton label={t('editor.tools.image')} icon={<PictureOutlined />} testId="tool-image" onClick={() => picker.current?.click()} />
      <input
        ref={picker}
        type="file"
        hidden
        multiple
        accept={IMAGE_TYPES.join(',')}
        data-testid="image-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void insertImageFiles(editor.view, files, onImageRejected);
        }}
      />
      <TableMenu editor={editor} />
      <Divider orientation="vertical" />
      <ToolButton label={t('editor.tools.find')} shortcut={SHORTCUTS.find} icon={<SearchOutlined />} testId="tool-find" onClick={onFind} />
    </Flex>
  );
}
