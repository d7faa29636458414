import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Matrix } from '../../shared/matrix/contract';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const U1 = '0190a000-0000-7000-8000-0000000000c1';
const U2 = '0190a000-0000-7000-8000-0000000000c2';
const base: Matrix = {
  id: '0190a000-0000-7000-8000-0000000000b1',
  number: 1,
  levelKind: 'department',
  state: 'draft',
  effectiveAt: null,
  version: 1,
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  rows: [
    { key: 'clause:4.1', kind: 'clause', code: '4.1', nameZh: '理解组织及其环境', nameEn: 'Understanding the organization and its context' },
    { key: 'clause:4.2', kind: 'clause', code: '4.2', nameZh: '理解相关方的需求和期望', nameEn: 'Understanding the needs' },
  ],
  columns: [
    { unitId: U1, name: '质量管理部', code: 'QA' },
    { unitId: U2, name: '运营管理部', code: 'OPS' },
  ],
  cells: [],
  breaks: [
    { row: 'clause:4.1', leads: 0 },
    { row: 'clause:4.2', leads: 0 },
  ],
  steps: ['submit'],
  signatures: [],
  editable: true,
};

/** A fake server keeping the grid: marks stored, breaks recomputed, a second ★ refused, versions checked. */
function server() {
  let m = base;
  const calls: { row: string; unitId: string; mark: string | null; version: number }[] = [];
  return {
    calls,
    handlers: {
      'matrix.list': () => [m],
      'matrix.get': () => m,
      'matrix.setCell': (input: { row: string; unitId: string; mark: 'lead' | 'main' | 'support' | null; version: number }) => {
        calls.push(input);
        if (input.version !== m.version) return new Refusal('CONFLICT', '该记录已被他人修改，请刷新后再试。');
        if (input.mark === 'lead' && m.cells.some((c) => c.row === input.row && c.mark === 'lead' && c.unitId !== input.unitId))
          return new Refusal('CONFLICT', '“4.1 理解组织及其环境”已有主管单位（★ 质量管理部），每行只能有一个 ★。');
        const cells = m.cells.filter((c) => !(c.row === input.row && c.unitId === input.unitId));
        if (input.mark) cells.push({ row: input.row, unitId: input.unitId, mark: input.mark });
        const breaks = m.rows.filter((r) => cells.filter((c) => c.row === r.key && c.mark === 'lead').length !== 1).map((r) => ({ row: r.key, leads: 0 }));
        m = { ...m, cells, breaks, version: m.version + 1 };
        return m;
      },
    },
  };
}

describe('the matrix grid', () => {
  it('moves with the arrows, sets ★/●/○ with 1/2/3, clears with Delete, lists the rows breaking the rule', async () => {
    const s = server();
    await renderSignedIn('quality_manager', '#/matrix', s.handlers);
    const breaks = await screen.findByTestId('matrix-breaks');
    expect(breaks.textContent).toContain('4.1 理解组织及其环境：没有主管单位（★）');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-0-0'));
    expect(document.activeElement).toBe(screen.getByTestId('cell-0-0'));
    await user.keyboard('1');
    await waitFor(() => expect(screen.getByTestId('cell-0-0').textContent).toBe('★'));
    await user.keyboard('{ArrowRight}2');
    await waitFor(() => expect(screen.getByTestId('cell-0-1').textContent).toBe('●'));
    expect(document.activeElement).toBe(screen.getByTestId('cell-0-1'));
    await user.keyboard('{ArrowDown}3');
    await waitFor(() => expect(screen.getByTestId('cell-1-1').textContent).toBe('○'));
    await user.keyboard('{ArrowLeft}1');
    await waitFor(() => expect(screen.getByTestId('matrix-ok')).toBeTruthy());
    await user.keyboard('{ArrowUp}{Delete}');
    await waitFor(() => expect(screen.getByTestId('cell-0-0').textContent).toBe(''));
    expect(screen.getByTestId('matrix-breaks').textContent).toContain('4.1');
    // Each change named the version the previous answer returned.
    expect(s.calls.map((c) => [c.mark, c.version])).toEqual([
      ['lead', 1],
      ['main', 2],
      ['support', 3],
      ['lead', 4],
      [null, 5],
    ]);
  });

  it('shows the refusal of a second ★ and keeps the cell; the mouse works through the buttons', async () => {
    const s = server();
    await renderSignedIn('quality_manager', '#/matrix', s.handlers);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('cell-0-0'));
    await user.click(screen.getByTestId('mark-lead'));
    await waitFor(() => expect(screen.getByTestId('cell-0-0').textContent).toBe('★'));
    fireEvent.click(screen.getByTestId('cell-0-1'));
    fireEvent.keyDown(screen.getByTestId('cell-0-1'), { key: '1' });
    expect(await screen.findByText('“4.1 理解组织及其环境”已有主管单位（★ 质量管理部），每行只能有一个 ★。')).toBeTruthy();
    expect(screen.getByTestId('cell-0-1').textContent).toBe('');
  });

  it('offers no editing to a reader', async () => {
    const s = server();
    s.handlers['matrix.get'] = () => ({ ...base, editable: false, steps: [] });
    await renderSignedIn('executive', '#/matrix', s.handlers);
    await screen.findByTestId('matrix-grid');
    expect(screen.queryByTestId('mark-lead')).toBeNull();
    expect(screen.queryByTestId('matrix-create')).toBeNull();
    fireEvent.keyDown(screen.getByTestId('cell-0-0'), { key: '1' });
    expect(s.calls).toEqual([]);
  });
});
