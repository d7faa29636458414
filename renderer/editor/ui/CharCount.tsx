import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Typography } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText, countCharacters } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { toContent } from '../content';
import { formatNumber } from '../../i18n/format';

/** Counted as Word counts 字数: each Chinese character one, each non-Chinese word (numbers too) one, numbering included. */
export function CharCount({ editor, language }: { editor: Editor; language: Language }) {
  const { t } = useTranslation();
  const doc = useDeferredValue(useEditorState({ editor, selector: ({ editor: e }) => e.state.doc, equalityFn: (a, b) => a === b }));
  const count = useMemo(() => countCharacters(contentText(toContent(doc.toJSON() as { content?: unknown }), language).join('\n')), [doc, language]);
  return (
    <Typography.Text type="secondary" data-testid="char-count">
      {t('editor.count', { total: formatNumber(count.total), cjk: formatNumber(count.cjk), words: formatNumber(count.words) })}
    </Typography.Text>
  );
}
