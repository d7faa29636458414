import {
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  InsertRowAboveOutlined,
  InsertRowBelowOutlined,
  InsertRowLeftOutlined,
  InsertRowRightOutlined,
  MergeCellsOutlined,
  SplitCellsOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { withTrailingParagraph } from '../plugins/trailingParagraph';
import { TableSizeGrid } from './TableSizeGrid';
import { ToolButton } from './ToolButton';

/** Insert a table; inside one, the row, column, header and merge actions. */
export function TableMenu({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      inTable: e.isActive('table'),
      canMerge: e.can().mergeCells(),
      canSplit: e.can().splitCell(),
    }),
  });
  const run = (fn: (c: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => fn(editor.chain().focus()).run();
  return (
    <>
      <TableSizeGrid
        disabled={s.inTable}
        onPick={(rows, cols) => run((c) => c.insertTable({ rows, cols, withHeaderRow: true }).command(({ tr }) => !!withTrailingParagraph(tr)))()}
      >
        <ToolButton label={t('editor.table.insert')} icon={<TableOutlined />} testId="tool-table" disabled={s.inTable} onClick={() => {}} />
      </TableSizeGrid>
      {s.inTable && (
        <>
          <Divider orientation="vertical" />
          <ToolButton label={t('editor.table.rowBefore')} icon={<InsertRowAboveOutlined />} onClick={run((c) => c.addRowBefore())} />
          <ToolButton label={t('editor.table.rowAfter')} icon={<InsertRowBelowOutlined />} testId="tool-row-after" onClick={run((c) => c.addRowAfter())} />
          <ToolButton label={t('editor.table.deleteRow')} icon={<DeleteRowOutlined />} onClick={run((c) => c.deleteRow())} />
          <ToolButton label={t('editor.table.columnBefore')} icon={<InsertRowLeftOutlined />} onClick={run((c) => c.addColumnBefore())} />
          <ToolButton label={t('editor.table.columnAfter')} icon={<InsertRowRightOutlined />} onClick={run((c) => c.addColumnAfter())} />
          <ToolButton label={t('editor.table.deleteColumn')} icon={<DeleteColumnOutlined />} onClick={run((c) => c.deleteColumn())} />
          <ToolButton label={t('editor.table.headerRow')} onClick={run((c) => c.toggleHeaderRow())}>
            {t('editor.table.headerShort')}
          </ToolButton>
          <ToolButton label={t('editor.table.merge')} icon={<MergeCellsOutlined />} disabled={!s.canMerge} onClick={run((c) => c.mergeCells())} />
          <ToolButton label={t('editor.table.split')} icon={<SplitCellsOutlined />} disabled={!s.canSplit} onClick={run((c) => c.splitCell())} />
          <ToolButton label={t('editor.table.delete')} icon={<DeleteOutlined />} onClick={run((c) => c.deleteTable())} />
        </>
      )}
    </>
  );
}
