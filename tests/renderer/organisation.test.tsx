import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UnitNode } from '../../shared/departments/contract';
import type { Job } from '../../shared/jobs/contract';
import type { Position } from '../../shared/org/contract';

const JOB_ID = '01950000-0000-7000-8000-0000000000c1';
import { setLanguage } from '../../renderer/i18n';
import { chartTree } from '../../renderer/features/org/OrgChart';
import { dutiesContent } from '../../renderer/features/org/PositionFormModal';
import { renderSignedIn } from './render-app';

const AT = '2026-11-20T08:00:00.000Z';
const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const unit = (n: number, name: string, parent: number | null, depth: number, extra: Partial<UnitNode> = {}): UnitNode => ({
  id: id(n),
  name,
  code: parent === null ? null : `U${n}`,
  parentId: parent === null ? null : id(parent),
  kind: parent === null ? 'organisation' : depth === 1 ? 'department' : depth === 2 ? 'branch' : 'team',
  headPersonId: null,
  headName: null,
  order: n,
  closedAt: null,
  version: 1,
  createdAt: AT,
  updatedAt: AT,
  depth,
  positions: 1,
  people: 2,
  ...extra,
});

const TREE: UnitNode[] = [
  unit(1, '安和城市服务有限公司', null, 0),
  unit(2, '运营部', 1, 1),
  unit(3, '东城网点', 2, 2, { headName: '刘洋' }),
  unit(4, '客服组', 3, 3),
  unit(5, '旧网点', 2, 2, { closedAt: AT }),
];

const position: Position = {
  id: id(100),
  departmentId: id(2),
  departmentName: '运营部',
  title: '运营经理',
  duties: dutiesContent('负责运营部全面工作\n组织服务质量检查'),
  dutiesText: '负责运营部全面工作\n组织服务质量检查',
  education: '本科及以上',
  qualifications: '',
  trainingTopics: ['投诉处理'],
  headcount: 1,
  deputyPersonId: null,
  deputyName: null,
  holders: [{ personId: id(200), name: '刘洋', primary: true, absent: true }],
  version: 1,
  createdAt: AT,
  updatedAt: AT,
};

const emptyReport = { units: { created: 0, updated: 0 }, positions: { created: 0, updated: 0 }, people: { created: 0, updated: 0 }, assignments: 0 };

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('the organisation page', () => {
  it('nests the chart data and collapses below the second level, so 250 units stay readable', () => {
    const many: UnitNode[] = [unit(1, '公司', null, 0)];
    for (let d = 0; d < 10; d++) {
      const dept = 10 + d * 30;
      many.push(unit(dept, `部门${d}`, 1, 1));
      for (let b = 1; b <= 24; b++) many.push(unit(dept + b, `网点${d}-${b}`, dept, 2));
    }
    const root = chartTree(many, (u) => `${u.people}`)!;
    expect(many).toHaveLength(251);
    expect(root.children).toHaveLength(10);
    expect(root.children[0]!.children).toHaveLength(24);
    expect(root.collapsed).toBe(false);
    expect(root.children[0]!.collapsed).toBe(false);
    expect(root.children[0]!.children[0]!.collapsed).toBe(true);
    const closed = chartTree(TREE, () => '')!.children[0]!.children[1]!;
    expect(closed).toMatchObject({ name: '旧网点', itemStyle: { color: '#d9d9d9' } });
  });

  it('shows everyone the tree and the positions with duties, but an executive no way to change them', async () => {
    await renderSignedIn('executive', '#/organisation', {
      'departments.tree': () => TREE,
      'positions.list': () => ({ items: [position], total: 1 }),
    });
    await screen.findByTestId('unit-U3');
    expect(screen.getByText('已撤销')).toBeInTheDocument();
    expect(screen.queryByTestId('org-import')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('unit-U2'));
    fireEvent.click(await screen.findByTestId('tab-positions'));
    expect(await screen.findByText('运营经理')).toBeInTheDocument();
    expect(screen.getByText('刘洋 · 不在岗')).toBeInTheDocument();
    expect(screen.queryByTestId('position-new')).not.toBeInTheDocument();
    expect(screen.queryByTestId('unit-edit')).not.toBeInTheDocument();
  });

  it('previews an import: lists refused rows in the user language, imports only a clean workbook', async () => {
    let commits = 0;
    let lastJob: Job | null = null;
    const fake = await renderSignedIn('quality_manager', '#/organisation', {
      'departments.tree': () => TREE,
      // The dialog runs the import as a job: the start answers at once, jobs.get brings the report (or the error).
      'org.importStart': (input) => {
        const job = { id: JOB_ID, kind: 'org.import', status: 'done' as const, progress: 1, stage: 'positions', cancellable: false, result: null as unknown, error: null as Job['error'] };
        if (input.dataBase64 === Buffer.from('bad').toString('base64')) job.result = { ...emptyReport, committed: false, refused: [{ sheet: '人员', row: 7, message: '单位“NOPE”不存在。' }] };
        else if (input.dataBase64 === Buffer.from('broken').toString('base64'))
          Object.assign(job, { status: 'failed', error: { code: 'VALIDATION', message: '该文件不是有效的 Excel 工作簿（.xlsx），未导入任何内容。' } });
        else {
          if (input.commit) commits++;
          job.result = { ...emptyReport, units: { created: 3, updated: 0 }, positions: { created: 2, updated: 0 }, people: { created: 5, updated: 0 }, assignments: 5, committed: input.commit, refused: [] };
        }
        lastJob = job as Job;
        return { jobId: JOB_ID };
      },
      'jobs.get': () => lastJob!,
    });
    fireEvent.click(await screen.findByTestId('org-import'));
    const dialog = await screen.findByRole('dialog');
    // The picker re-renders its <input> after every file, so find it each time.
    const pick = (text: string) =>
      fireEvent.change(dialog.querySelector('input[type=file]')!, { target: { files: [new File([text], 'org.xlsx')] } });

    pick('bad');
    expect(await within(dialog).findByTestId('org-import-refused')).toHaveTextContent('人员 第 7 行：单位“NOPE”不存在。');
    expect(within(dialog).getByTestId('org-import-confirm')).toBeDisabled();

    pick('broken');
    expect(await within(dialog).findByTestId('org-import-error')).toHaveTextContent('不是有效的 Excel 工作簿');

    pick('good');
    expect(await within(dialog).findByTestId('org-import-preview')).toHaveTextContent('将新增 3 个单位、2 个岗位、5 名人员，建立 5 项任职');
    expect(commits).toBe(0);
    fireEvent.click(within(dialog).getByTestId('org-import-confirm'));
    await waitFor(() => expect(commits).toBe(1));
    expect(fake.backend.inputsOf('org.importStart').map((i) => i.commit)).toEqual([false, false, false, true]);
  });

  it('creates a staff record without a login and gives it a primary position in the unit', async () => {
    const staff = (extra: object = {}) => ({
      id: id(300), name: '孙丽', employeeNo: 'A002', userId: null, username: null, phone: null, email: null, absent: false, active: true,
      homeDepartmentId: null, homeDepartmentName: null, positions: [], version: 1, createdAt: AT, updatedAt: AT, ...extra,
    });
    const fake = await renderSignedIn('quality_manager', '#/organisation', {
      'departments.tree': () => TREE,
      'people.list': () => ({ items: [], total: 0 }),
      'positions.list': () => ({ items: [position], total: 1 }),
      'people.create': () => staff(),
      'people.assign': () => staff({ version: 2 }),
    });
    fireEvent.click(await screen.findByTestId('unit-U2'));
    fireEvent.click(await screen.findByTestId('tab-people'));
    fireEvent.click(await screen.findByTestId('person-new'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('person-name'), { target: { value: ' 孙丽 ' } });
    fireEvent.change(within(dialog).getByTestId('person-employee-no'), { target: { value: 'A002' } });
    const ui = userEvent.setup();
    await ui.click(within(within(dialog).getByTestId('person-position')).getByRole('combobox'));
    await ui.click((await screen.findAllByTitle('运营经理')).at(-1)!);
    fireEvent.click(within(dialog).getByTestId('person-submit'));
    await waitFor(() => expect(fake.backend.inputsOf('people.assign')).toHaveLength(1));
    expect(fake.backend.inputsOf('people.create')).toEqual([{ name: '孙丽', employeeNo: 'A002', phone: '', userId: null }]);
    expect(fake.backend.inputsOf('people.assign')[0]).toMatchObject({ id: id(300), version: 1, positionId: id(100), primary: true });
  });

  it('turns duties, one per line, into editor paragraphs', () => {
    expect(dutiesContent('  接听来电 \n\n跟进投诉')).toEqual({
      schemaVersion: 1,
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '接听来电' }] },
          { type: 'paragraph', content: [{ type: 'text', text: '跟进投诉' }] },
        ],
      },
    });
    expect(dutiesContent(' \n ')).toBeNull();
  });
});
