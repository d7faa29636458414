import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ParsedInput } from '../../shared/api/contract';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { doc, QA_DEPT, user } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

async function choose(testId: string, option: string) {
  const ui = userEvent.setup();
  await ui.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  const options = await screen.findAllByTitle(option);
  await ui.click(options.at(-1)!);
}

describe('document form', () => {
  it('previews the automatic number and creates the document without one when left blank', async () => {
    let created: ParsedInput<'documents.create'> | undefined;
    const { backend } = await renderSignedIn('author', '#/documents', {
      'documents.list': () => ({ items: [], total: 0 }),
      'documents.nextNumber': ({ type }) => ({ number: type === 'form' ? 'QM-F-004' : 'QM-P-008' }),
      'documents.create': (input) => {
        created = input;
        return doc(9, { number: 'QM-F-004', title: input.title, type: input.type, departmentId: input.departmentId });
      },
      'documents.get': () => doc(9, { number: 'QM-F-004', title: '来访登记表', type: 'form' }),
      'audit.history': () => ({ items: [], total: 0 }),
    });
    const ui = userEvent.setup();
    await ui.click(await screen.findByTestId('documents-new'));
    await ui.type(await screen.findByTestId('doc-title'), '来访登记表');
    await choose('doc-type', '表单');
    await waitFor(() => expect(screen.getByTestId('doc-number')).toHaveAttribute('placeholder', '留空则自动编号：QM-F-004'));
    await choose('doc-department', '质量管理部（QA）');
    await waitFor(() => expect(backend.inputsOf('documents.nextNumber').at(-1)).toEqual({ type: 'form', departmentId: QA_DEPT }));

    await ui.click(screen.getByTestId('doc-submit'));

    await screen.findByTestId('doc-edit');
    expect(created).toMatchObject({ title: '来访登记表', type: 'form', departmentId: QA_DEPT, ownerId: user('author').id });
    // Status, version and effective date are earned through approval; approvers are named by quality managers.
    for (const field of ['number', 'status', 'versionLabel', 'effectiveDate', 'approverIds']) expect(backend.inputsOf('documents.create')[0]).not.toHaveProperty(field);
    expect(screen.queryByTestId('doc-status')).not.toBeInTheDocument();
  });

  it('puts a refused number under the number field', async () => {
    await renderSignedIn('quality_manager', `#/documents/${doc(1).id}`, {
      'documents.get': () => doc(1),
      'audit.history': () => ({ items: [], total: 0 }),
      'documents.update': (input) => new Refusal('CONFLICT', `文件编号“${input.number}”已存在。`),
    });
    const ui = userEvent.setup();
    await ui.click(await screen.findByTestId('doc-edit'));
    const number = await screen.findByTestId('doc-number');
    await ui.clear(number);
    await ui.type(number, 'QM-P-002{Enter}');

    expect(await screen.findByText('文件编号“QM-P-002”已存在。')).toBeInTheDocument();
    expect(screen.getByTestId('doc-submit')).toBeInTheDocument();
  });

  it('shows the document afresh when someone else changed it meanwhile', async () => {
    let reads = 0;
    const { backend } = await renderSignedIn('author', `#/documents/${doc(1).id}`, {
      'documents.get': () => (++reads === 1 ? doc(1) : doc(1, { title: '别人改过的标题', version: 2 })),
      'audit.history': () => ({ items: [], total: 0 }),
      'documents.update': () => new Refusal('CONFLICT', '该记录已被他人修改，请刷新后再试。'),
    });
    const ui = userEvent.setup();
    await ui.click(await screen.findByTestId('doc-edit'));
    await ui.type(await screen.findByTestId('doc-title'), '（修订）{Enter}');

    expect(await screen.findByText('该记录已被他人修改，请刷新后再试。')).toBeInTheDocument();
    expect(await screen.findByText('QM-P-001 别人改过的标题')).toBeInTheDocument();
    expect(backend.inputsOf('documents.update')[0]).toMatchObject({ version: 1, title: '程序文件 1（修订）' });
    await waitFor(() => expect(screen.queryByTestId('doc-submit')).not.toBeInTheDocument());
  });

  it('asks for a reason and a second confirmation before marking a document obsolete', async () => {
    let obsoleted: ParsedInput<'documents.markObsolete'> | undefined;
    await renderSignedIn('quality_manager', `#/documents/${doc(1).id}`, {
      'documents.get': () => (obsoleted ? doc(1, { status: 'obsolete', obsoleteReason: obsoleted.reason, version: 2 }) : doc(1)),
      'audit.history': () => ({ items: [], total: 0 }),
      'documents.markObsolete': (input) => {
        obsoleted = input;
        return doc(1, { status: 'obsolete', obsoleteReason: input.reason, version: 2 });
      },
    });
    const ui = userEvent.setup();
    await ui.click(await screen.findByTestId('doc-obsolete'));
    const dialog = await screen.findByRole('dialog');
    await ui.click(within(dialog).getByRole('button', { name: /作\s*废/ }));
    expect(await within(dialog).findByText('请输入作废原因')).toBeInTheDocument();

    await ui.type(screen.getByTestId('obsolete-reason'), '已被 QM-P-010 替代');
    await ui.click(within(dialog).getByRole('button', { name: /作\s*废/ }));
    expect(await screen.findAllByText('确定作废 QM-P-001？')).not.toHaveLength(0);
    expect(obsoleted).toBeUndefined();

    const confirm = screen.getAllByRole('dialog').at(-1)!;
    await ui.click(within(confirm).getByRole('button', { name: /作\s*废/ }));
    await waitFor(() => expect(obsoleted).toEqual({ id: doc(1).id, version: 1, reason: '已被 QM-P-010 替代' }));
    expect(await screen.findByText('作废原因：已被 QM-P-010 替代')).toBeInTheDocument();
  });
});
