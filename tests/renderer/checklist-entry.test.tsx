import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistLine } from '../../shared/audits/checklists';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
  localStorage.clear();
});

const AUDIT = '01900000-0000-7000-8000-00000000a001';
const UNIT = '01900000-0000-7000-8000-00000000d001';
const at = '2026-11-20T08:00:00.000Z';
const line = (n: number, extra: Partial<ChecklistLine> = {}): ChecklistLine => ({
  id: `01900000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`,
  version: 1,
  createdAt: at,
  updatedAt: at,
  auditId: AUDIT,
  unitId: UNIT,
  unitName: '客户服务部',
  position: n,
  clause: n === 1 ? '8.5' : '7.5',
  article: null,
  question: `检查内容 ${n}`,
  method: 'review',
  record: '',
  result: null,
  updatedByName: null,
  attachments: [],
  findings: [],
  ...extra,
});
const checklist = (lines: ChecklistLine[]) => ({
  audit: { id: AUDIT, code: 'IA-2026-001', title: '客户服务部内部审核', status: 'in_progress', units: [{ id: UNIT, name: '客户服务部' }] },
  lines,
  may: { edit: true, raiseFinding: true },
});

const open = (handlers = {}) =>
  renderSignedIn('auditor', `#/audits/${AUDIT}/checklist`, {
    'checklists.get': () => checklist([line(1), line(2), line(3)]),
    'checklists.updateLine': (input) => ({ ...line(Number(input.id.slice(-2))), ...(input.patch as object), version: input.version + 1 }) as ChecklistLine,
    ...handlers,
  });

describe('fast checklist entry by keyboard', () => {
  it('records what was seen, sets the result with 1–5, moves on with Enter, and autosaves each line', async () => {
    const { backend } = await open();
    const first = await screen.findByTestId('line-1');
    const record = within(first).getByTestId('line-record');
    record.focus();
    fireEvent.change(record, { target: { value: '抽查 5 份工单，均按时回访' } });
    // Alt+2 anywhere on the line: 不符合; then 1 on the result group: 符合.
    fireEvent.keyDown(record, { key: '2', code: 'Digit2', altKey: true });
    expect(within(first).getByText('2 不符合').closest('.ant-tag-checkable-checked')).not.toBeNull();
    fireEvent.keyDown(within(first).getByTestId('line-result'), { key: '1' });
    expect(within(first).getByText('1 符合').closest('.ant-tag-checkable-checked')).not.toBeNull();
    // Enter in the record goes to the next line's record (Shift+Enter would be a new line).
    fireEvent.keyDown(record, { key: 'Enter' });
    expect(document.activeElement).toBe(within(screen.getByTestId('line-2')).getByTestId('line-record'));

    await waitFor(() => expect(backend.inputsOf('checklists.updateLine')).toHaveLength(1), { timeout: 8000 });
    expect(backend.inputsOf('checklists.updateLine')[0]).toEqual({ id: line(1).id, version: 1, patch: { record: '抽查 5 份工单，均按时回访', result: 'conform' } });
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('已保存'), { timeout: 8000 });
    expect(localStorage.length).toBe(0);
  });

  it('keeps input on this computer when a save fails, and restores and saves it after a crash', async () => {
    const failing = await open({ 'checklists.updateLine': () => new Refusal('INTERNAL', '服务器暂时不可用') });
    const record = within(await screen.findByTestId('line-3')).getByTestId('line-record');
    fireEvent.change(record, { target: { value: '崩溃前写的记录' } });
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('未能保存，已保留在本机'), { timeout: 8000 });
    expect(JSON.parse(localStorage.getItem(`qms:checklist-line:${line(3).id}`)!)).toEqual({ baseVersion: 1, patch: { record: '崩溃前写的记录' } });
    failing.unmount();

    // The page opens again (a restart): the kept input is shown and saved.
    const { backend } = await open();
    await waitFor(() => expect(within(screen.getByTestId('line-3')).getByTestId('line-record')).toHaveValue('崩溃前写的记录'));
    await waitFor(() => expect(backend.inputsOf('checklists.updateLine')).toEqual([{ id: line(3).id, version: 1, patch: { record: '崩溃前写的记录' } }]), { timeout: 8000 });
  });

  it('shows a line changed by another auditor meanwhile, keeps my input, and saves it on top when I choose', async () => {
    const theirs = line(1, { version: 2, record: '对方的记录', result: 'observation', updatedByName: '王强' });
    let calls = 0;
    const { backend } = await open({
      'checklists.updateLine': (input: { id: string; version: number; patch: object }) =>
        ++calls === 1 ? new Refusal('CONFLICT', '该检查项已被王强修改', { reason: 'checklists.stale', current: theirs }) : ({ ...theirs, ...input.patch, version: 3 } as ChecklistLine),
    });
    const first = await screen.findByTestId('line-1');
    fireEvent.change(within(first).getByTestId('line-record'), { target: { value: '我的记录' } });
    const conflict = await screen.findByTestId('line-conflict', {}, { timeout: 8000 });
    expect(conflict).toHaveTextContent('该项已被王强修改');
    expect(conflict).toHaveTextContent('对方的记录（观察项）');
    expect(within(first).getByTestId('line-record')).toHaveValue('我的记录');
    fireEvent.click(within(conflict).getByText('保留我的输入'));
    await waitFor(() => expect(backend.inputsOf('checklists.updateLine')).toHaveLength(2), { timeout: 8000 });
    expect(backend.inputsOf('checklists.updateLine')[1]).toEqual({ id: line(1).id, version: 2, patch: { record: '我的记录' } });
  });
});
