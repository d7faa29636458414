import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReadRow, ReadingStatus } from '../../shared/reading/contract';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const REV = '0190a000-0000-7000-8000-0000000000b1';
const DOC = '0190a000-0000-7000-8000-0000000000b2';
const row = (over: Partial<ReadRow>): ReadRow => ({
  personId: '0190a000-0000-7000-8000-0000000000c1',
  name: '李娜',
  employeeNo: null,
  unitId: null,
  unitName: '客户服务部',
  hasLogin: true,
  state: 'pending',
  dueAt: '2026-03-09T08:00:00.000Z',
  confirmedAt: null,
  recordedBy: null,
  onPaper: false,
  paperDate: null,
  attachmentId: null,
  contentHash: null,
  mayRecord: false,
  ...over,
});
const status = (mine: ReadRow | null, rows: ReadRow[]): ReadingStatus => ({
  revision: { id: REV, documentId: DOC, number: 'QM-R-002', title: '客户投诉处理管理办法', label: 'A/0', status: 'effective', effectiveDate: '2026-03-02', contentHash: 'a'.repeat(64), needsTraining: false },
  counts: {
    total: rows.length,
    confirmed: rows.filter((r) => r.state === 'confirmed').length,
    pending: rows.filter((r) => r.state === 'pending').length,
    overdue: rows.filter((r) => r.state === 'overdue').length,
  },
  rows,
  mine,
});

describe('阅知确认 page', () => {
  it('lets a reader confirm; a refusal is shown and changes nothing on screen', async () => {
    let confirmed = false;
    let refuse = true;
    const { backend } = await renderSignedIn('author', `#/reading/${REV}`, {
      'reading.status': () => {
        const mine = confirmed ? row({ state: 'confirmed', confirmedAt: '2026-03-03T09:00:00.000Z', recordedBy: '李娜' }) : row({});
        return status(mine, [mine]);
      },
      'reading.confirm': () => {
        if (refuse) return new Refusal('CONFLICT', '该修订不是现行有效版本（未生效或已被替代），不能确认阅知。');
        confirmed = true;
        return row({ state: 'confirmed', confirmedAt: '2026-03-03T09:00:00.000Z', recordedBy: '李娜' });
      },
    });
    const mine = await screen.findByTestId('reading-mine');
    expect(mine).toHaveTextContent('该制度适用于您，请阅读后确认');
    const user = userEvent.setup();
    await user.click(within(mine).getByTestId('reading-confirm'));
    expect(await screen.findByText('该修订不是现行有效版本（未生效或已被替代），不能确认阅知。')).toBeInTheDocument();
    expect(screen.getByTestId('reading-mine')).toHaveTextContent('请阅读后确认');
    refuse = false;
    await user.click(screen.getByTestId('reading-confirm'));
    await waitFor(() => expect(screen.getByTestId('reading-mine')).toHaveTextContent('您已于'));
    expect(backend.calls.filter((c) => c.method === 'reading.confirm').map((c) => c.input)).toEqual([{ revisionId: REV }, { revisionId: REV }]);
    // An author cannot export the list.
    expect(screen.queryByTestId('reading-export')).not.toBeInTheDocument();
  });

  it('shows a paper sign-off as recorded by the head, and records the selected ones', async () => {
    const paper = row({ personId: '0190a000-0000-7000-8000-0000000000c2', name: '孙丽', hasLogin: false, state: 'overdue', mayRecord: true });
    const done = row({ state: 'confirmed', confirmedAt: '2026-03-03T09:00:00.000Z', onPaper: true, paperDate: '2026-03-03', recordedBy: '张华', hasLogin: false, name: '赵磊', personId: '0190a000-0000-7000-8000-0000000000c3' });
    const { backend } = await renderSignedIn('quality_manager', `#/reading/${REV}`, {
      'reading.status': () => status(null, [paper, done]),
      'reading.recordPaper': (input) => ({ recorded: input.personIds.length }),
    });
    const rows = await screen.findByTestId('reading-rows');
    await waitFor(() => expect(within(rows).getByText('赵磊').closest('tr')).toHaveTextContent('由 张华 登记'));
    expect(within(rows).getByText('孙丽').closest('tr')).toHaveTextContent('已逾期');
    expect(screen.getByTestId('reading-counts')).toHaveTextContent('已逾期1');
    const user = userEvent.setup();
    await user.click(within(within(rows).getByText('孙丽').closest('tr')!).getByRole('checkbox'));
    await user.click(screen.getByTestId('reading-record-paper'));
    await user.click(await screen.findByTestId('paper-save'));
    await waitFor(() => expect(backend.calls.some((c) => c.method === 'reading.recordPaper')).toBe(true));
    expect(backend.calls.find((c) => c.method === 'reading.recordPaper')!.input).toMatchObject({ revisionId: REV, personIds: [paper.personId], attachmentId: null });
  });
});
