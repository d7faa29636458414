import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ParsedInput } from '../../shared/api/contract';
import { setLanguage } from '../../renderer/i18n';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

/** 45 documents on the server; answers whichever page is asked for. */
function listPage(input: ParsedInput<'documents.list'>) {
  const all = Array.from({ length: 45 }, (_, i) => doc(i + 1));
  const start = (input.page - 1) * input.pageSize;
  return { items: all.slice(start, start + input.pageSize), total: all.length };
}

/** The sortable header cell of a column (antd also renders hidden copies of header text). */
function header(table: HTMLElement, title: string): HTMLElement {
  const cell = [...table.querySelectorAll<HTMLElement>('thead th.ant-table-column-has-sorters')].find((th) => th.textContent?.includes(title));
  if (!cell) throw new Error(`no sortable column ${title}`);
  return cell;
}

const lastListInput = (backend: Awaited<ReturnType<typeof renderSignedIn>>['backend']) => backend.inputsOf('documents.list').at(-1);

describe('document register', () => {
  it('asks for the first page sorted by number, then follows sorting, paging and filters', async () => {
    const { backend } = await renderSignedIn('quality_manager', '#/documents', { 'documents.list': listPage });
    const table = await screen.findByTestId('documents-table');
    await within(table).findByText('QM-P-001');
    expect(backend.inputsOf('documents.list')[0]).toEqual({ page: 1, pageSize: 20, sort: 'number', dir: 'asc' });
    const ui = userEvent.setup();

    await ui.click(header(table, '文件名称'));
    await waitFor(() => expect(lastListInput(backend)).toEqual({ page: 1, pageSize: 20, sort: 'title', dir: 'asc' }));
    await ui.click(header(table, '文件名称'));
    await waitFor(() => expect(lastListInput(backend)).toEqual({ page: 1, pageSize: 20, sort: 'title', dir: 'desc' }));

    await ui.click(within(table).getByTitle('2'));
    await waitFor(() => expect(lastListInput(backend)).toMatchObject({ page: 2, sort: 'title', dir: 'desc' }));
    expect(window.location.hash).toContain('page=2');

    await ui.click(within(screen.getByTestId('documents-filter-status')).getByRole('combobox'));
    await ui.click(await screen.findByTitle('作废'));
    await waitFor(() => expect(lastListInput(backend)).toMatchObject({ page: 1, statuses: ['obsolete'] }));
    await ui.click(await screen.findByTitle('草稿'));
    await waitFor(() => expect(lastListInput(backend)).toMatchObject({ page: 1, statuses: ['obsolete', 'draft'] }));
    expect(window.location.hash).toContain('status=obsolete%2Cdraft');
  });

  it('searches after a pause in typing, and at once on Enter', async () => {
    const { backend } = await renderSignedIn('quality_manager', '#/documents', { 'documents.list': listPage });
    await screen.findByText('QM-P-001');
    const ui = userEvent.setup();
    const search = screen.getByTestId('documents-search');

    await ui.type(search, '投诉');
    await waitFor(() => expect(lastListInput(backend)).toEqual({ page: 1, pageSize: 20, sort: 'number', dir: 'asc', q: '投诉' }));
    // One request for the whole word, not one per keystroke.
    expect(backend.inputsOf('documents.list').filter((i) => i.q !== undefined)).toHaveLength(1);

    await ui.clear(search);
    await ui.type(search, 'QM-R{Enter}');
    expect(lastListInput(backend)).toMatchObject({ q: 'QM-R', page: 1 });
  });

  it('keeps filters in the address, so a reload shows the same page', async () => {
    const dept = '01950000-0000-7000-8000-0000000000d1';
    const { backend } = await renderSignedIn('author', `#/documents?type=form,procedure&dept=${dept}&page=2&sort=nextReviewDate&dir=desc`, {
      'documents.list': listPage,
    });
    await screen.findByText('QM-P-021');
    expect(backend.inputsOf('documents.list')[0]).toEqual({
      page: 2,
      pageSize: 20,
      sort: 'nextReviewDate',
      dir: 'desc',
      types: ['form', 'procedure'],
      departmentId: dept,
    });
  });

  it('opens the detail page when a row is clicked', async () => {
    await renderSignedIn('quality_manager', '#/documents', {
      'documents.list': listPage,
      'documents.get': () => doc(3),
      'audit.history': () => ({ items: [], total: 0 }),
    });
    await userEvent.setup().click(await screen.findByText('程序文件 3'));
    expect(await screen.findByTestId('doc-edit')).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/documents/${doc(3).id}`);
  });
});
