import { Popover, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const ROWS = 8;
const COLS = 10;

/** Word's insert-table grid: hover to choose rows × columns, click to insert. */
export function TableSizeGrid({ disabled, onPick, children }: { disabled?: boolean; onPick: (rows: number, cols: number) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState({ rows: 3, cols: 3 });
  const grid = (
    <div className="table-size-grid" data-testid="table-size-grid" onMouseDown={(e) => e.preventDefault()}>
      <div className="table-size-cells" style={{ gridTemplateColumns: `repeat(${COLS}, 18px)` }}>
        {Array.from({ length: ROWS * COLS }, (_, i) => {
          const rows = Math.floor(i / COLS) + 1;
          const cols = (i % COLS) + 1;
          const on = rows <= size.rows && cols <= size.cols;
          return (
            <button
              key={i}
              type="button"
              className={on ? 'table-size-cell is-on' : 'table-size-cell'}
              aria-label={t('office.editor.insertTableSize', { rows, cols })}
              data-testid={`table-size-${rows}x${cols}`}
              onMouseEnter={() => setSize({ rows, cols })}
              onFocus={() => setSize({ rows, cols })}
              onClick={() => {
                setOpen(false);
                onPick(rows, cols);
              }}
            />
          );
        })}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('office.editor.insertTableSize', size)}
      </Typography.Text>
    </div>
  );
  return (
    <Popover content={grid} title={t('office.editor.insertTableCustom')} trigger="click" placement="bottomLeft" open={open && !disabled} onOpenChange={setOpen}>
      <span>{children}</span>
    </Popover>
  );
}
