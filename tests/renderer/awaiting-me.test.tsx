import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Task } from '../../shared/tasks/contract';
import { setLanguage } from '../../renderer/i18n';
import { summary } from './fixtures';
import { renderSignedIn } from './render-app';
import { REVISION_ID, regulationDoc, revision, revisionHash } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const toSign: Task = {
  id: '0190a000-0000-7000-8000-0000000000a1',
  kind: 'sign',
  entityType: 'revision',
  entityId: REVISION_ID,
  parentId: regulationDoc.id,
  ref: 'QM-R-007',
  title: '服务质量管理制度',
  label: 'A/1',
  detail: 'approved',
  meaning: 'approved',
  comment: null,
  since: '2026-03-02T08:00:00.000Z',
  from: '王主管',
  dueAt: '2026-03-07T08:00:00.000Z',
  overdue: false,
  link: `/documents/${regulationDoc.id}/revisions/${REVISION_ID}`,
};
const toRevise: Task = { ...toSign, id: '0190a000-0000-7000-8000-0000000000a2', kind: 'revise', overdue: true, meaning: null, ref: 'QM-P-007', title: '外部供方评价与管理程序', detail: '请补充评分标准', comment: '请补充评分标准' };

describe('what awaits me', () => {
  it('lists 待我审批 and 待我修改 on the home page, each linking to its revision', async () => {
    const asked: { kind?: string; overdue?: boolean }[] = [];
    await renderSignedIn('executive', '#/', {
      'documents.summary': () => summary,
      'tasks.mine': (input) => {
        asked.push(input);
        const items = [toSign, toRevise].filter((x) => (!input.kind || x.kind === input.kind) && (!input.overdue || x.overdue));
        return { items, total: items.length, open: 2, overdue: 1 };
      },
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(),
    });
    const card = await screen.findByTestId('awaiting-me');
    await waitFor(() => expect(within(card).getByTestId('task-sign')).toHaveTextContent('待我审批批准：QM-R-007 服务质量管理制度（修订 A/1）'));
    expect(within(card).getByTestId('task-revise')).toHaveTextContent('待我修改退回修改：QM-P-007 外部供方评价与管理程序（修订 A/1）“请补充评分标准”');
    expect(within(card).getByTestId('task-revise')).toHaveTextContent('已逾期');
    expect(within(card).getByTestId('task-sign')).toHaveTextContent('来自 王主管');
    // The side menu's badge counts every open task of mine.
    expect(screen.getByTestId('tasks-badge')).toHaveTextContent('2');
    // 只看逾期 asks the server for the overdue ones only.
    await userEvent.setup().click(within(card).getByTestId('tasks-overdue'));
    await waitFor(() => expect(within(card).queryByTestId('task-sign')).not.toBeInTheDocument());
    expect(asked.at(-1)).toMatchObject({ overdue: true });
    await userEvent.setup().click(within(card).getByTestId('tasks-overdue'));
    await waitFor(() => expect(within(card).getByTestId('task-sign')).toBeInTheDocument());
    // The 审核中 card counts revisions in review, not register statuses.
    expect(screen.getByTestId('stat-inReview')).toHaveTextContent('审核中1');
    await userEvent.setup().click(within(within(card).getByTestId('task-sign')).getByRole('link'));
    await waitFor(() => expect(window.location.hash).toBe(revisionHash()));
  });

  it('says so when nothing awaits, in English too', async () => {
    await setLanguage('en');
    await renderSignedIn('author', '#/', { 'documents.summary': () => summary, 'tasks.mine': () => ({ items: [], total: 0, open: 0, overdue: 0 }) });
    expect(await within(await screen.findByTestId('awaiting-me')).findByText('Nothing is waiting for you.')).toBeInTheDocument();
    expect(screen.queryByTestId('tasks-badge')).not.toBeInTheDocument();
  });
});
