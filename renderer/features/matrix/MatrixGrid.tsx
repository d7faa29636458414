import { Button, Flex, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_SYMBOLS, MARKS, type Mark, type MatrixCell, type MatrixColumn, type MatrixRow } from '../../../shared/matrix/contract';

const KEY_MARKS: Record<string, Mark> = { '1': 'lead', '2': 'main', '3': 'support' };

export interface MatrixGridProps {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
  /** Rows breaking the one-★ rule, highlighted. */
  broken: ReadonlySet<string>;
  editable: boolean;
  onSet: (row: string, unitId: string, mark: Mark | null) => void;
}

/**
 * The matrix as a spreadsheet-like grid: one cell has focus (roving tabindex); arrows move, 1/2/3 set ★/●/○,
 * Delete or Backspace clears. A click selects a cell; the buttons above set the selected cell with the mouse.
 */
export function MatrixGrid({ rows, columns, cells, broken, editable, onSet }: MatrixGridProps) {
  const { t, i18n } = useTranslation();
  const [at, setAt] = useState({ r: 0, c: 0 });
  const refs = useRef(new Map<string, HTMLTableCellElement>());
  const moved = useRef(false);
  const marks = new Map(cells.map((c) => [`${c.row}|${c.unitId}`, c.mark]));
  const r = Math.min(at.r, rows.length - 1);
  const c = Math.min(at.c, columns.length - 1);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    refs.current.get(`${r}:${c}`)?.focus();
  }, [r, c]);

  const go = (nr: number, nc: number) => {
    moved.current = true;
    setAt({ r: Math.max(0, Math.min(rows.length - 1, nr)), c: Math.max(0, Math.min(columns.length - 1, nc)) });
  };
  const set = (mark: Mark | null) => {
    const row = rows[r];
    const col = columns[c];
    if (editable && row && col) onSet(row.key, col.unitId, mark);
  };

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -c], End: [0, columns.length] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      go(r + move[0], c + move[1]);
    } else if (KEY_MARKS[e.key]) {
      e.preventDefault();
      set(KEY_MARKS[e.key]!);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      set(null);
    }
  }

  if (rows.length === 0 || columns.length === 0) return null;
  const en = i18n.language === 'en';
  return (
    <Flex vertical gap={8}>
      {editable && (
        <Flex gap={8} align="center" wrap>
          {MARKS.map((m) => (
            <Button key={m} size="small" onClick={() => set(m)} data-testid={`mark-${m}`}>
              {t(`matrix.marks.${m}`)}
            </Button>
          ))}
          <Button size="small" onClick={() => set(null)} data-testid="mark-clear">
            {t('matrix.clear')}
          </Button>
          <Typography.Text type="secondary">{t('matrix.keys')}</Typography.Text>
        </Flex>
      )}
      <div className="matrix-scroll">
        <table className="matrix-grid" role="grid" aria-label={t('matrix.title')} onKeyDown={onKeyDown} data-testid="matrix-grid">
          <thead>
            <tr>
              <th scope="col" className="matrix-code">
                {t('scope.code')}
              </th>
              <th scope="col" className="matrix-name">
                {t('matrix.rowHeader')}
              </th>
              {columns.map((col) => (
                <th scope="col" key={col.unitId} className="matrix-unit" title={col.name}>
                  {col.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, ri) => (
              <tr key={row.key} className={broken.has(row.key) ? 'matrix-broken' : undefined} data-testid={`row-${row.key}`}>
                <th scope="row" className="matrix-code">
                  {row.code}
                </th>
                <th scope="row" className="matrix-name">
                  {en ? row.nameEn : row.nameZh}
                </th>
                {columns.map((col, ci) => {
                  const mark = marks.get(`${row.key}|${col.unitId}`);
                  const active = ri === r && ci === c;
                  return (
                    <td
                      key={col.unitId}
                      role="gridcell"
                      tabIndex={active ? 0 : -1}
                      aria-selected={active}
                      aria-label={`${row.code} ${col.name} ${mark ? t(`matrix.marks.${mark}`) : ''}`}
                      className={`matrix-cell${active ? ' matrix-active' : ''}`}
                      data-testid={`cell-${ri}-${ci}`}
                      ref={(el) => {
                        if (el) refs.current.set(`${ri}:${ci}`, el);
                        else refs.current.delete(`${ri}:${ci}`);
                      }}
                      onClick={() => go(ri, ci)}
                    >
                      {mark ? MARK_SYMBOLS[mark] : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Flex>
  );
}
