import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Capa, CapaListItem } from '../../shared/capa/contract';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { renderSignedIn } from './render-app';

const AT = '2026-11-20T08:00:00.000Z';
const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const item = (n: number, extra: Partial<CapaListItem> = {}): CapaListItem => ({
  id: id(n), number: `CA-2026-00${n}`, title: `窗口等候超时 ${n}`, sourceType: 'inspection', sourceRef: '季度检查', unitId: id(90), unitName: '城东营业厅',
  ownerPersonId: id(80), ownerName: '李娜', severity: 'major', status: 'acting', raisedOn: '2026-10-01', dueDate: '2026-11-01', overdue: true, openActions: 1, reopened: 0, ...extra,
});
const capa = (extra: Partial<Capa> = {}): Capa => ({
  ...item(1, { status: 'analysing', overdue: false }),
  version: 3, createdAt: AT, updatedAt: AT, sourceId: null, sourceLink: null, verifierPersonId: null, verifierName: null,
  problem: { what: '客户等候超过 30 分钟', where: '城东营业厅', when: '', extent: '' }, evidence: { problem: [], containment: [] },
  containment: { text: null, by: null, at: null }, round: 1, analyses: [{ round: 1, whys: [], causes: [], by: null, at: null }], actions: [],
  verifications: [], verifyAfter: null, followUps: [], signatures: [], closedAt: null, steps: ['plan', 'cancel'], mayWork: true, ...extra,
});
const counts = () => ({ open: 3, overdue: 2, overdueActions: 4, ineffective: 1 });

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('corrective actions in the renderer', () => {
  it('lists the register with its counts; the overdue view filters the server query', async () => {
    const fake = await renderSignedIn('quality_manager', '#/capa', {
      'capa.list': (input) => ({ items: input.overdue ? [item(2)] : [item(1, { overdue: false, status: 'verifying' }), item(2)], total: input.overdue ? 1 : 2, open: 2, overdue: 1 }),
      'capa.counts': counts,
      'people.list': () => ({ items: [], total: 0 }),
    });
    const table = await screen.findByTestId('capa-table');
    await within(table).findByText('CA-2026-001');
    expect(within(table).getByText('待验证')).toBeInTheDocument();
    expect(screen.getByText('验证无效重开')).toBeInTheDocument();
    fireEvent.click(within(screen.getByTestId('capa-overdue-view')).getByText('逾期视图'));
    await waitFor(() => expect(fake.backend.inputsOf('capa.list').at(-1)).toMatchObject({ overdue: true }));
    await waitFor(() => expect(within(table).queryByText('CA-2026-001')).not.toBeInTheDocument());
    expect(within(table).getByText(/已逾期/)).toBeInTheDocument();
  });

  it('offers only the steps the server lists, keeps the 5 whys to five levels and shows a refusal', async () => {
    let saved: unknown = null;
    const fake = await renderSignedIn('author', `#/capa/${id(1)}`, {
      'capa.get': () => capa(),
      'capa.setWhys': (input) => {
        saved = input.whys;
        return input.whys.includes('拒绝') ? new Refusal('CONFLICT', '该记录已被他人修改，请刷新后再试。') : capa({ version: 4, analyses: [{ round: 1, whys: input.whys.map((answer, i) => ({ level: i + 1, answer, rootCause: i === input.whys.length - 1 })), causes: [], by: '李娜', at: AT }] });
      },
      'people.list': () => ({ items: [], total: 0 }),
    });
    await screen.findByTestId('capa-page');
    expect(screen.getByTestId('capa-step-plan')).toBeInTheDocument();
    expect(screen.queryByTestId('capa-step-close')).not.toBeInTheDocument();
    for (let i = 1; i <= 5; i++) {
      fireEvent.click(screen.getByTestId('capa-add-why'));
      fireEvent.change(screen.getByTestId(`capa-why-${i}`), { target: { value: `原因 ${i}` } });
    }
    // A sixth level cannot be asked.
    expect(screen.getByTestId('capa-add-why')).toBeDisabled();
    expect(within(screen.getByTestId('capa-whys')).getAllByText('根本原因')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('capa-save-whys'));
    await waitFor(() => expect(saved).toEqual(['原因 1', '原因 2', '原因 3', '原因 4', '原因 5']));
    expect(fake.backend.inputsOf('capa.setWhys')[0]).toMatchObject({ id: id(1), version: 3 });
    fireEvent.change(screen.getByTestId('capa-why-5'), { target: { value: '拒绝' } });
    fireEvent.click(screen.getByTestId('capa-save-whys'));
    expect(await screen.findByText('该记录已被他人修改，请刷新后再试。')).toBeInTheDocument();
  });
});
