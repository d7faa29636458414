import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWorkbook, staffWorkbook } from '../helpers/org';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
beforeAll(async () => {
  t = openTestBackend();
  qm = (await withAllRoles(t.backend)).quality_manager;
});
afterAll(() => t.close());

const b64 = (b: Buffer) => b.toString('base64');

const UNITS = [
  ['E1-CS', '客服组', '班组', 'E1', '', 1],
  ['OPS', '运营部', '部门', '', 'A001', 2],
  ['E1', '东城网点', '网点', 'OPS', '', 1],
  ['W1', '西城网点', '网点', 'OPS', '', 2],
  ['W1-CS', '客服组', '班组', 'W1', '', 1],
];
const POSITIONS = [
  ['OPS', '运营经理', '负责运营部全面工作\n组织服务质量检查', '本科及以上', '', '质量管理体系；投诉处理', 1, 'A002'],
  ['E1-CS', '客服专员', '接听客户来电', '高中及以上', '', '服务礼仪', 5, ''],
];
const PEOPLE = [
  ['A001', '刘洋', '', '13900000001', '', 'OPS', '运营经理', 'E1-CS/客服专员', '是'],
  ['A002', '孙丽', 'author', '', '', 'E1-CS', '客服专员', '', '是'],
];

describe('organisation import from .xlsx', () => {
  it('previews without writing, then imports everything in one transaction', async () => {
    const file = b64(await orgWorkbook(UNITS, POSITIONS, PEOPLE));
    const before = snapshot(t.backend);
    const preview = await qm.call('org.import', { dataBase64: file });
    expect(preview).toMatchObject({
      committed: false,
      units: { created: 5, updated: 0 },
      positions: { created: 2, updated: 0 },
      people: { created: 1, updated: 1 },
      assignments: 3,
      refused: [],
    });
    expect(snapshot(t.backend)).toBe(before);

    expect(await qm.call('org.import', { dataBase64: file, commit: true })).toMatchObject({ committed: true, refused: [] });
    const tree = await qm.call('departments.tree', {});
    expect(tree.map((u) => [u.depth, u.name, u.code])).toEqual([
      [0, '本组织', null],
      [1, '运营部', 'OPS'],
      [2, '东城网点', 'E1'],
      [3, '客服组', 'E1-CS'],
      [2, '西城网点', 'W1'],
      [3, '客服组', 'W1-CS'],
    ]);
    expect(tree[1]).toMatchObject({ headName: '刘洋', positions: 1, people: 1 });
    const liu = (await qm.call('people.list', { q: 'A001' })).items[0]!;
    expect(liu.positions.map((p) => [p.departmentName, p.title, p.primary])).toEqual([['运营部', '运营经理', true], ['客服组', '客服专员', false]]);
    const sun = (await qm.call('people.list', { q: 'author' })).items[0]!;
    expect(sun).toMatchObject({ name: '孙丽', employeeNo: 'A002', username: 'author' });
    const manager = (await qm.call('positions.list', { q: '运营经理' })).items[0]!;
    expect(manager).toMatchObject({ deputyName: '孙丽', trainingTopics: ['质量管理体系', '投诉处理'], dutiesText: '负责运营部全面工作\n组织服务质量检查' });
  });

  it('exports the same layout: importing the export back changes nothing', async () => {
    const out = await qm.call('org.export', {});
    expect(out.name).toBe('organisation.xlsx');
    const before = snapshot(t.backend);
    const again = await qm.call('org.import', { dataBase64: out.dataBase64, commit: true });
    expect(again).toMatchObject({
      committed: true,
      refused: [],
      units: { created: 0, updated: 0 },
      positions: { created: 0, updated: 0 },
      people: { created: 0, updated: 0 },
      assignments: 0,
    });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('reports every refused row in the user language and writes nothing', async () => {
    const closed = await qm.call('departments.create', { name: '旧网点', code: 'OLD', kind: 'branch' });
    await qm.call('positions.create', { departmentId: closed.id, title: '店员' });
    await qm.call('departments.close', { id: closed.id, version: closed.version });
    const file = await orgWorkbook(
      [
        ['N1', '北城网点', '网点', 'NOPE', '', ''],
        ['X1', '甲', '网点', 'X2', '', ''],
        ['X2', '乙', '网点', 'X1', '', ''],
        ['E1', '东城网点', '分部', '', '', ''],
        ['OK1', '新部门', '部门', '', '', ''],
        ['ok1', '重复', '部门', '', '', ''],
      ],
      [['NOPE', '客服专员', '', '', '', '', '', '']],
      [
        ['B001', '周敏', '', '', '', 'NOPE', '客服专员', '', ''],
        ['B002', '王强', 'nobody', '', '', '', '', '', ''],
        ['B003', '陈静', '', '', '', 'OLD', '店员', '', ''],
        ['B003', '陈静', '', '', '', '', '', '', ''],
      ],
    );
    const before = snapshot(t.backend);
    const r = await qm.raw('org.import', { dataBase64: b64(file), commit: true }, 'zh-CN');
    expect(r.ok).toBe(true);
    const report = (r as { data: { committed: boolean; refused: { sheet: string; row: number; message: string }[] } }).data;
    expect(report.committed).toBe(false);
    expect(report.refused).toEqual([
      { sheet: '人员', row: 2, message: '单位“NOPE”不存在。' },
      { sheet: '人员', row: 3, message: '账户“nobody”不存在。' },
      { sheet: '人员', row: 4, message: '单位“OLD”已撤销。' },
      { sheet: '人员', row: 5, message: '工号“B003”在表中重复（第 4 行）。' },
      { sheet: '单位', row: 2, message: '单位“NOPE”不存在。' },
      { sheet: '单位', row: 3, message: '单位“X1”的上级关系构成循环。' },
      { sheet: '单位', row: 4, message: '单位“X2”的上级关系构成循环。' },
      { sheet: '单位', row: 5, message: '类型“分部”无效，应为：部门、网点、班组。' },
      { sheet: '单位', row: 7, message: '代码“ok1”在表中重复（第 6 行）。' },
      { sheet: '岗位', row: 2, message: '单位“NOPE”不存在。' },
    ]);
    expect(snapshot(t.backend)).toBe(before);
    const en = await qm.call('org.import', { dataBase64: b64(file) });
    expect(en.refused[0]!.message).toBe('The unit "NOPE" does not exist.');
  });

  it('refuses a unit moved under its own descendant', async () => {
    const before = snapshot(t.backend);
    const r = await qm.call('org.import', { dataBase64: b64(await orgWorkbook([['OPS', '运营部', '部门', 'E1-CS', '', '']], [], [])), commit: true });
    expect(r.refused.map((x) => x.message)).toEqual(['"运营部" cannot be moved under itself or one of its own sub-units.']);
    expect(snapshot(t.backend)).toBe(before);
  });

  it('refuses a corrupt file, wrong columns and too many rows as a whole, in the user language', async () => {
    const before = snapshot(t.backend);
    expect(await qm.raw('org.import', { dataBase64: b64(Buffer.from('PK\u0003\u0004 not really a workbook')), commit: true }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '该文件不是有效的 Excel 工作簿（.xlsx），未导入任何内容。' },
    });
    const wrong = await orgWorkbook([], [], [], { people: ['姓名', '工号'] });
    expect(await qm.raw('org.import', { dataBase64: b64(wrong) }, 'en')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^The header of sheet "人员" is wrong: expected 工号、姓名/) },
    });
    const noPeople = new ExcelJS.Workbook();
    noPeople.addWorksheet('单位').addRow(['代码', '名称', '类型', '上级代码', '负责人工号', '排序']);
    noPeople.addWorksheet('岗位').addRow(['单位代码', '岗位名称', '岗位职责', '学历要求', '资格要求', '培训主题', '编制人数', '代理人工号']);
    expect(await qm.raw('org.import', { dataBase64: b64(Buffer.from(await noPeople.xlsx.writeBuffer())) }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '工作簿缺少工作表“人员”（需要：单位、岗位、人员），未导入任何内容。' },
    });
    const huge = await staffWorkbook(100_000);
    expect(await qm.raw('org.import', { dataBase64: b64(huge), commit: true }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '工作簿行数过多（超过 50000 行），未导入任何内容。请拆分后分批导入。' },
    });
    expect(snapshot(t.backend)).toBe(before);
  }, 60_000);
});
