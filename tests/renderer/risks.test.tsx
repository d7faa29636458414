import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Risk } from '../../shared/risks/contract';
import { setLanguage } from '../../renderer/i18n';
import { renderSignedIn } from './render-app';

const AT = '2026-11-20T08:00:00.000Z';
const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const risk = (n: number, extra: Partial<Risk> = {}): Risk => ({
  id: id(n), version: 1, createdAt: AT, updatedAt: AT, number: `R-00${n}`, kind: 'risk', description: `高峰客流 ${n}`, sourceKind: 'other', sourceId: null, sourceName: null,
  likelihood: 4, impact: 4, score: 16, level: 'high', treatment: '增开窗口', ownerPersonId: id(80), ownerName: '李娜', unitId: null, status: 'treating', reviewDate: '2026-12-01', reviewDue: false, actions: [], ...extra,
});

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('risks and context in the renderer', () => {
  it('shows the register with levels and the heat map; an executive gets no way to change them', async () => {
    await renderSignedIn('executive', '#/risks', {
      'risks.list': () => ({ items: [risk(1), risk(2, { likelihood: 1, impact: 2, score: 2, level: 'low', reviewDue: true })], matrix: { low: 4, medium: 12 } }),
      'context.list': () => [{ id: id(9), version: 1, createdAt: AT, updatedAt: AT, kind: 'party', title: '业主委员会', detail: '每季度通报', recordedOn: '2026-01-05', reviewedOn: null, active: true }],
    });
    const table = await screen.findByTestId('risk-table');
    expect(within(table).getByText('4×4=16 高')).toBeInTheDocument();
    expect(within(table).getByText(/待评审/)).toBeInTheDocument();
    expect(screen.getByTestId('risk-heatmap')).toBeInTheDocument();
    expect(screen.getByText('评级矩阵：评分 ≤ 4 为低，≤ 12 为中，其余为高')).toBeInTheDocument();
    expect(screen.queryByTestId('risk-new')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '组织环境' }));
    expect(await within(await screen.findByTestId('context-party')).findByText('业主委员会')).toBeInTheDocument();
    expect(screen.queryByText('已评审')).not.toBeInTheDocument();
  });
});
