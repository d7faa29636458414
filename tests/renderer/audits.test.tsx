import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Audit, Coverage, Programme } from '../../shared/audits/schemas';
import { CLAUSE_NUMBERS } from '../../shared/clauses/iso9001';
import type { UnitNode } from '../../shared/departments/contract';
import { setLanguage } from '../../renderer/i18n';
import { renderSignedIn } from './render-app';

const AT = '2026-11-20T08:00:00.000Z';
const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const YEAR = 2026;

/** A year's coverage over 45 units: the first department audited (8.5 done, 9.1 planned), 8.3 excluded, one gap justified. */
function coverage(): Coverage {
  const units = [{ unitId: id(1), name: '安和城市服务有限公司', depth: 0 }];
  for (let i = 2; i <= 45; i++) units.push({ unitId: id(i), name: `单位${i}`, depth: i % 5 === 2 ? 1 : 2 });
  const clauses = CLAUSE_NUMBERS.map((c) => ({ clause: c, applicable: c !== '8.3' }));
  const cells = units.map((_u, i) =>
    CLAUSE_NUMBERS.map((c) => (c === '8.3' ? 'excluded' : i === 1 && c === '8.5' ? 'done' : i === 1 && c === '9.1' ? 'planned' : i === 2 && c === '7.1' ? 'justified' : 'gap')),
  ) as Coverage['cells'];
  return {
    year: YEAR,
    units,
    clauses,
    processes: [],
    cells,
    processCells: [],
    uncoveredClauses: CLAUSE_NUMBERS.filter((c) => !['8.3', '8.5', '9.1'].includes(c)),
    uncoveredUnits: [],
    suggestions: [{ kind: 'unit', unitId: id(2), clause: null, label: '单位2', findings: 3 }],
  };
}

const summary = {
  id: id(500),
  version: 3,
  createdAt: AT,
  updatedAt: AT,
  programmeId: id(900),
  year: YEAR,
  code: 'IA-2026-001',
  provisional: false,
  title: '客服部内部审核',
  plannedMonth: 3,
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  status: 'planned' as const,
  lead: { personId: id(300), name: '张华', unitName: '质量管理部' },
  units: [{ unitId: id(2), name: '单位2' }],
  clauses: ['8.5' as const],
  processes: [],
  findings: { major: 0, minor: 0, observation: 0, improvement: 0 },
};

const programme = (canEdit: boolean): Programme => ({
  id: id(900),
  version: 2,
  createdAt: AT,
  updatedAt: AT,
  year: YEAR,
  title: '2026年度内部审核计划',
  notes: '',
  status: 'draft',
  round: 0,
  approvedAt: null,
  audits: [summary],
  gaps: [{ id: id(901), clause: '7.1', unitId: id(3), unitName: '单位3', justification: '资源无变化' }],
  signatures: [],
  canSign: false,
  canEdit,
});

const audit = (over: Partial<Audit> = {}): Audit => ({
  ...summary,
  purpose: '验证符合性',
  scope: '客服部',
  planIssuedAt: AT,
  cancelReason: null,
  closedAt: null,
  auditors: [],
  auditees: [],
  revisions: [],
  timetable: [],
  meetings: [],
  independenceExceptions: [],
  openSteps: ['start', 'cancel'],
  canEdit: true,
  ...over,
});

const TREE: UnitNode[] = [];

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('audit programme and plan pages', () => {
  it('shows the coverage matrix of 45 units with marks, legend, uncovered clauses and suggestions; a quality manager may add audits', async () => {
    await renderSignedIn('quality_manager', `#/audits/programme/${YEAR}`, {
      'programmes.get': () => programme(true),
      'programmes.coverage': () => coverage(),
    });
    const matrix = await screen.findByTestId('coverage-matrix');
    expect(matrix.querySelectorAll('tbody tr')).toHaveLength(45);
    const row = screen.getByTestId('coverage-row-单位2');
    expect(row.querySelector('td[data-cell=done]')!.textContent).toBe('✓');
    expect(row.querySelector('td[data-cell=planned]')!.getAttribute('title')).toBe('单位2 · 9.1 · 已计划');
    expect(matrix.querySelectorAll('td[data-cell=excluded]')).toHaveLength(45);
    expect(within(screen.getByTestId('coverage-legend')).getByText('缺口（已说明）')).toBeInTheDocument();
    expect(screen.getByTestId('uncovered-clauses').textContent).toContain('4.1；4.2');
    expect(screen.getByText('单位2：上年度 3 项发现，建议提前或增加审核频次')).toBeInTheDocument();
    expect(screen.getByText('7.1（单位3）：资源无变化')).toBeInTheDocument();
    expect(screen.getByTestId('add-audit')).toBeInTheDocument();
    expect(screen.getByTestId('submit-programme')).toBeInTheDocument();
  });

  it('an executive reads the programme without the buttons that change it', async () => {
    await renderSignedIn('executive', `#/audits/programme/${YEAR}`, {
      'programmes.get': () => programme(false),
      'programmes.coverage': () => coverage(),
    });
    await screen.findByTestId('coverage-matrix');
    expect(screen.queryByTestId('add-audit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('submit-programme')).not.toBeInTheDocument();
  });

  it('the plan page offers only the steps the server lists, and takes one', async () => {
    let current = audit();
    const fake = await renderSignedIn('quality_manager', `#/audits/${id(500)}`, {
      'audits.get': () => current,
      'programmes.coverage': () => coverage(),
      'people.list': () => ({ items: [], total: 0 }),
      'departments.tree': () => TREE,
      'audits.step': () => (current = audit({ status: 'in_progress', version: 4, openSteps: ['report', 'cancel'] })),
    });
    await screen.findByTestId('plan-form');
    expect(screen.getByTestId('step-start')).toBeInTheDocument();
    expect(screen.queryByTestId('step-close')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('step-start'));
    await waitFor(() => expect(screen.getByTestId('audit-status').textContent).toBe('实施中'));
    expect(fake.backend.inputsOf('audits.step')).toEqual([{ id: id(500), version: 3, step: 'start' }]);
    expect(screen.getByTestId('step-report')).toBeInTheDocument();
  });

  it('a closed audit shows no save, issue or step buttons', async () => {
    await renderSignedIn('quality_manager', `#/audits/${id(500)}`, {
      'audits.get': () => audit({ status: 'closed', openSteps: [], canEdit: false }),
      'programmes.coverage': () => coverage(),
      'people.list': () => ({ items: [], total: 0 }),
      'departments.tree': () => TREE,
    });
    await screen.findByTestId('plan-form');
    expect(screen.getByTestId('audit-status').textContent).toBe('已关闭');
    expect(screen.queryByTestId('save-plan')).not.toBeInTheDocument();
    expect(screen.queryByTestId('issue-plan')).not.toBeInTheDocument();
    expect(screen.queryByTestId('step-start')).not.toBeInTheDocument();
  });
});
