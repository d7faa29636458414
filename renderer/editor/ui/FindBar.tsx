import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Button, Checkbox, Flex, Input, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findState } from '../plugins/findReplace';

/** Brings the highlighted match to the middle of the window, as Word's find does (the selection alone may be off screen). */
export function scrollToCurrentMatch(editor: Editor): void {
  window.requestAnimationFrame(() => {
    if (editor.isDestroyed) return;
    editor.view.dom.querySelector('.find-match-current')?.scrollIntoView({ block: 'center' });
  });
}

interface Props {
  editor: Editor;
  editable: boolean;
  /** Text to look for as the bar opens (a search hit); its first occurrence is scrolled into view. */
  initialQuery?: string;
  onClose: () => void;
}

/** Find (and, in an editable document, replace) with every match highlighted by decorations. */
export function FindBar({ editor, editable, initialQuery, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery ?? '');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [replaced, setReplaced] = useState<number | null>(null);
  const found = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const f = findState(e.state);
      return { count: f?.matches.length ?? 0, current: f?.current ?? -1 };
    },
  });

  useEffect(() => {
    editor.commands.setFindQuery(query, caseSensitive);
    if (query) scrollToCurrentMatch(editor);
  }, [editor, query, caseSensitive]);
  const next = () => editor.commands.findNext() && scrollToCurrentMatch(editor);
  const previous = () => editor.commands.findPrevious() && scrollToCurrentMatch(editor);
  // Closing the bar removes the highlights.
  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.setFindQuery('');
    },
    [editor],
  );

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const replaceAll = () => {
    const count = found.count;
    if (editor.commands.replaceAll(replacement)) setReplaced(count);
  };

  return (
    <Flex className="find-bar" gap={8} wrap align="center" data-testid="find-bar">
      <Input
        autoFocus
        size="small"
        style={{ width: 220 }}
        value={query}
        placeholder={t('editor.find.find')}
        aria-label={t('editor.find.find')}
        data-testid="find-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setReplaced(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (e.shiftKey) previous();
          else next();
        }}
        suffix={
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="find-count">
            {query ? t('editor.find.count', { current: found.current + 1, total: found.count }) : ''}
          </Typography.Text>
        }
      />
      <Tooltip title={t('editor.find.previous')}>
        <Button size="small" icon={<UpOutlined />} aria-label={t('editor.find.previous')} disabled={!found.count} onClick={previous} data-testid="find-previous">
          {t('office.find.previousShort')}
        </Button>
      </Tooltip>
      <Tooltip title={t('editor.find.next')}>
        <Button size="small" icon={<DownOutlined />} aria-label={t('editor.find.next')} disabled={!found.count} onClick={next} data-testid="find-next">
          {t('office.find.nextShort')}
        </Button>
      </Tooltip>
      <Checkbox checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)}>
        {t('editor.find.caseSensitive')}
      </Checkbox>
      {editable && (
        <>
          <Input
            size="small"
            style={{ width: 200 }}
            value={replacement}
            placeholder={t('editor.find.replaceWith')}
            aria-label={t('editor.find.replaceWith')}
            data-testid="replace-input"
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && close()}
          />
          <Button size="small" disabled={!found.count} onClick={() => editor.commands.replaceCurrent(replacement)} data-testid="replace-one">
            {t('editor.find.replace')}
          </Button>
          <Button size="small" disabled={!found.count} onClick={replaceAll} data-testid="replace-all">
            {t('editor.find.replaceAll')}
          </Button>
        </>
      )}
      {replaced !== null && <Typography.Text type="secondary">{t('editor.find.replaced', { count: replaced })}</Typography.Text>}
      <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('editor.find.close')} onClick={close} style={{ marginInlineStart: 'auto' }} />
    </Flex>
  );
}
