import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { user } from './fixtures';
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

const AT = '2026-01-01T00:00:00.000Z';
const SERVER_SAYS = '审批路线的最后一步必须为“批准”。';

describe('审批流程 editor', () => {
  it('lists the default route per type, edits a type route, shows the server refusal in Chinese and saves the steps', async () => {
    const ui = userEvent.setup();
    let attempts = 0;
    const { backend } = await renderSignedIn('quality_manager', '#/settings', {
      'routes.list': () => [],
      'routes.set': (input) =>
        ++attempts === 1
          ? new Refusal('VALIDATION', SERVER_SAYS, [{ path: ['steps', 1, 'assignees'], message: '会签步骤须指定至少两人。', code: 'custom' }])
          : { id: '01950000-0000-7000-8000-0000000000aa', createdAt: AT, updatedAt: AT, version: 1, documentType: 'procedure', documentId: null, steps: input.steps },
      'system.info': () => new Refusal('FORBIDDEN', 'not in this test'),
    });
    const card = await screen.findByTestId('routes-card');
    expect(within(card).getByText('审批流程')).toBeInTheDocument();
    expect(await within(card).findByTestId('route-of-procedure')).toHaveTextContent('编制 → 批准：质量经理或指定审批人');

    await ui.click(within(card).getByTestId('route-edit-procedure'));
    await screen.findByTestId('route-editor');
    // A 审核 step goes before the approval; 李娜 reviews.
    await ui.click(screen.getByTestId('route-add-step'));
    expect(screen.getByTestId('route-step-1')).toHaveTextContent('批准');
    await choose('route-step-0-assignee-0-userId', '李娜');
    // The approval is given by any quality manager (a role).
    await choose('route-step-1-assignee-0-kind', '角色');
    await choose('route-step-1-assignee-0-role', '质量经理');

    await ui.click(screen.getByTestId('route-save'));
    const errors = await screen.findByTestId('route-errors');
    expect(errors).toHaveTextContent(SERVER_SAYS);
    expect(errors).toHaveTextContent('第 2 步：会签步骤须指定至少两人。');

    await ui.click(screen.getByTestId('route-save'));
    await waitFor(() => expect(screen.queryByTestId('route-editor')).not.toBeInTheDocument());
    expect(backend.inputsOf('routes.set')[1]).toEqual({
      scope: { documentType: 'procedure' },
      steps: [
        { meaning: 'reviewed', mode: 'any', assignees: [{ kind: 'user', userId: user('author').id }] },
        { meaning: 'approved', mode: 'any', assignees: [{ kind: 'role', role: 'quality_manager' }] },
      ],
    });
  });

  it('reorders and removes steps', async () => {
    const ui = userEvent.setup();
    const steps = [
      { meaning: 'reviewed' as const, mode: 'any' as const, assignees: [{ kind: 'user' as const, userId: user('author').id }] },
      { meaning: 'countersigned' as const, mode: 'all' as const, assignees: [{ kind: 'user' as const, userId: user('auditor').id }, { kind: 'user' as const, userId: user('executive').id }] },
      { meaning: 'approved' as const, mode: 'any' as const, assignees: [{ kind: 'documentApprovers' as const }] },
    ];
    const { backend } = await renderSignedIn('quality_manager', '#/settings', {
      'routes.list': () => [{ id: '01950000-0000-7000-8000-0000000000ab', createdAt: AT, updatedAt: AT, version: 1, documentType: 'form', documentId: null, steps }],
      'routes.set': (input) => ({ id: '01950000-0000-7000-8000-0000000000ab', createdAt: AT, updatedAt: AT, version: 2, documentType: 'form', documentId: null, steps: input.steps }),
      'routes.clear': () => ({}),
      'system.info': () => new Refusal('FORBIDDEN', 'not in this test'),
    });
    expect(await screen.findByTestId('route-of-form')).toHaveTextContent('编制 → 审核：李娜 → 会签（会签）：王强；陈静 → 批准：质量经理或指定审批人');
    await ui.click(screen.getByTestId('route-edit-form'));
    await ui.click(await screen.findByTestId('route-step-1-up'));
    await ui.click(screen.getByTestId('route-step-1-remove'));
    await ui.click(screen.getByTestId('route-save'));
    await waitFor(() => expect(backend.inputsOf('routes.set')).toHaveLength(1));
    expect(backend.inputsOf('routes.set')[0]).toEqual({ scope: { documentType: 'form' }, steps: [steps[1], steps[2]] });

    await ui.click(screen.getByTestId('route-reset-form'));
    // Role queries over the whole settings page are slow in jsdom: the confirmation's own button, by its text.
    await ui.click((await screen.findAllByText('确定', { selector: 'button span' })).at(-1)!);
    await waitFor(() => expect(backend.inputsOf('routes.clear')).toEqual([{ scope: { documentType: 'form' } }]));
  });
});
