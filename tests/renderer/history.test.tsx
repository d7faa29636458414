import { screen, within } from '@testing-library/react';
import type { Output } from '../../shared/api/contract';
import { setLanguage } from '../../renderer/i18n';
import { doc, user } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const before = doc(1, { status: 'draft', version: 1 });
const after = doc(1, { title: '程序文件 1（第二版）', status: 'effective', tags: ['内审'], version: 2, updatedAt: '2026-03-02T09:30:00.000Z' });

const history: Output<'audit.history'> = {
  items: [
    {
      id: '01950000-0000-7000-8000-0000000000a2',
      seq: 12,
      at: '2026-03-02T09:30:00.000Z',
      actorId: user('author').id,
      actorName: '李娜',
      entity: 'document',
      entityId: before.id,
      action: 'update',
      before,
      after,
    },
    {
      id: '01950000-0000-7000-8000-0000000000a1',
      seq: 3,
      at: '2026-03-01T08:00:00.000Z',
      actorId: user('quality_manager').id,
      actorName: '张华',
      entity: 'document',
      entityId: before.id,
      action: 'create',
      before: null,
      after: before,
    },
  ],
  total: 2,
};

describe('document history', () => {
  it('shows who changed what, as readable before → after values of the changed fields only', async () => {
    await renderSignedIn('executive', `#/documents/${before.id}`, { 'documents.get': () => after, 'audit.history': () => history });
    const panel = await screen.findByTestId('history-panel');
    const update = (await within(panel).findByText('李娜 修改')).closest('div')!.parentElement!;

    const lines = [...update.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['文件名称：程序文件 1 → 程序文件 1（第二版）', '状态：草稿 → 生效', '标签：— → 内审']);
    expect(within(panel).getByText('张华 创建')).toBeInTheDocument();
    expect(panel).not.toHaveTextContent('version');
  });
});

describe('revision history', () => {
  it('shows a run of autosaves by one person as one line with a count', async () => {
    const save = (seq: number, actor: 'author' | 'quality_manager') => ({
      id: `01950000-0000-7000-8000-0000000001${String(seq).padStart(2, '0')}`,
      seq,
      at: `2026-03-02T09:${String(seq).padStart(2, '0')}:00.000Z`,
      actorId: user(actor).id,
      actorName: actor === 'author' ? '李娜' : '张华',
      entity: 'document' as const,
      entityId: before.id,
      action: 'save',
      before: null,
      after: null,
    });
    const saves: Output<'audit.history'> = { items: [save(9, 'author'), save(8, 'author'), save(7, 'author'), save(6, 'quality_manager')], total: 4 };
    await renderSignedIn('executive', `#/documents/${before.id}`, { 'documents.get': () => after, 'audit.history': () => saves });
    const panel = await screen.findByTestId('history-panel');
    expect(await within(panel).findByText('李娜 保存修订（3 次）')).toBeInTheDocument();
    expect(within(panel).getByText('张华 保存修订')).toBeInTheDocument();
  });
});
