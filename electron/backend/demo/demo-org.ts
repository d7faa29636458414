import ExcelJS from 'exceljs';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { SHEETS } from '../services/org-import';

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

/**
 * The demo organisation: ~40 units (company, departments, branches 网点, teams), ~70 positions with duties,
 * ~300 staff (the demo accounts among them, the rest without a login), loaded through the Excel import
 * itself so that the demo also shows what an import leaves in the audit trail.
 */
const DEPARTMENTS: [code: string, name: string, head: string][] = [
  ['QA', '质量管理部', 'D0001'], ['CS', '客户服务部', 'D0004'], ['OPS', '运营管理部', 'D0006'], ['HR', '人力资源部', 'D0008'],
  ['IT', '信息技术部', 'D0010'], ['ADM', '行政部', 'D0011'], ['FIN', '财务部', 'D0013'], ['SHE', '安全环保部', 'D0014'],
];

const BRANCHES = ['东城', '西城', '南城', '北城', '高新', '滨江', '开发区', '老城'];
const TEAMS: [suffix: string, name: string, lead: string, member: string, duties: string[], topics: string][] = [
  ['CS', '客服组', '客服组长', '客服专员', ['接待业主来访与来电，登记服务需求', '按时限派单、跟进并回访', '记录投诉并按《客户投诉处理管理办法》处理'], '服务礼仪；投诉处理；客服热线接听'],
  ['CL', '保洁组', '保洁组长', '保洁员', ['按保洁作业标准完成责任区清洁', '垃圾分类收集与清运', '发现设施损坏及时报修'], '保洁作业标准；垃圾分类；安全操作'],
  ['SE', '秩序维护组', '秩序维护组长', '秩序维护员', ['门岗值守、来访登记与车辆疏导', '按路线巡逻并记录巡查情况', '突发事件先期处置并上报'], '巡逻规范；消防安全；应急处置'],
];

const DEPT_POSITIONS: [unit: string, title: string, duties: string[], education: string, qualifications: string, topics: string, headcount: number][] = [
  ['QA', '质量经理', ['主持质量管理体系的建立、实施和持续改进', '组织内部审核和管理评审', '审批体系文件，监督纠正措施的落实'], '本科及以上', '质量管理体系内审员资格', 'ISO 9001；内部审核；管理评审', 1],
  ['QA', '文件编写人', ['起草和修订质量手册、程序文件和制度', '维护文件清单，组织文件评审'], '本科及以上', '', '文件控制程序；公文写作', 2],
  ['QA', '体系专员', ['跟踪质量目标完成情况，编制月度质量报告', '管理质量记录'], '大专及以上', '', '质量目标管理；记录控制程序', 1],
  ['CS', '客户服务部经理', ['负责客户服务体系运行与客户满意度管理', '组织顾客满意度调查与分析'], '本科及以上', '三年以上客服管理经验', '顾客满意度测量程序；投诉处理', 1],
  ['CS', '文件编写人', ['起草客户服务相关制度与作业指导书'], '大专及以上', '', '文件控制程序', 1],
  ['CS', '热线主管', ['管理客服热线排班与接听质量', '统计来电与服务时效'], '大专及以上', '', '客服热线接听作业指导书', 1],
  ['OPS', '运营总监', ['统筹各网点运营与服务质量', '审批网点服务计划与资源配置'], '本科及以上', '五年以上物业或城市服务管理经验', '服务质量管理制度；应急处置', 1],
  ['OPS', '内审员', ['按审核计划实施内部审核', '开具不符合项报告并验证纠正措施'], '大专及以上', '内审员培训合格证书', '内部审核；ISO 19011', 2],
  ['HR', '人力资源经理', ['组织招聘、培训与绩效考核', '维护岗位说明书与任职要求'], '本科及以上', '', '员工服务培训管理制度；服务质量考核与奖惩办法', 1],
  ['HR', '培训专员', ['编制年度培训计划并组织实施', '保存培训记录，评价培训效果'], '大专及以上', '', '培训管理；培训效果评价', 1],
  ['IT', '信息主管', ['维护信息系统与数据备份', '保障质量管理系统正常运行'], '本科及以上', '', '信息安全；数据备份', 1],
  ['ADM', '管理层', ['批准质量方针和质量目标', '提供体系运行所需资源'], '本科及以上', '', '质量方针；管理评审', 2],
  ['ADM', '行政主管', ['负责公文、印章和档案管理'], '大专及以上', '', '档案管理', 1],
  ['FIN', '财务主管', ['编制质量成本报表', '审核服务采购付款'], '本科及以上', '会计从业资格', '质量成本', 1],
  ['SHE', '安全主管', ['组织安全检查与隐患整改', '组织消防演练与应急预案评审'], '大专及以上', '注册安全工程师优先', '消防安全；应急处置', 1],
];

const ACCOUNTS: [no: string, name: string, username: string, unit: string, title: string][] = [
  ['D0001', '张华', 'zhanghua', 'QA', '质量经理'],
  ['D0002', '李娜', 'lina', 'QA', '文件编写人'],
  ['D0003', '周敏', 'zhoumin', 'CS', '文件编写人'],
  ['D0007', '王强', 'wangqiang', 'OPS', '内审员'],
  ['D0012', '陈静', 'chenjing', 'ADM', '管理层'],
];
const OTHERS: [no: string, unit: string, title: string][] = [
  ['D0004', 'CS', '客户服务部经理'], ['D0005', 'CS', '热线主管'], ['D0006', 'OPS', '运营总监'], ['D0008', 'HR', '人力资源经理'],
  ['D0009', 'HR', '培训专员'], ['D0010', 'IT', '信息主管'], ['D0011', 'ADM', '行政主管'], ['D0013', 'FIN', '财务主管'],
  ['D0014', 'SHE', '安全主管'], ['D0015', 'QA', '体系专员'], ['D0016', 'OPS', '内审员'], ['D0017', 'ADM', '管理层'],
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '文', '辉', '玲', '红', '鹏', '婷', '晨', '宇', '欣', '浩', '琳', '凯', '雪', '波', '斌', '倩'];
const nameOf = (i: number) => SURNAMES[(i * 7) % SURNAMES.length]! + GIVEN[(i * 13 + Math.floor(i / 40)) % GIVEN.length]!;

export async function demoOrganisationWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = (k: keyof typeof SHEETS) => {
    const ws = wb.addWorksheet(SHEETS[k].name);
    ws.addRow([...SHEETS[k].columns]);
    return ws;
  };
  const units = sheet('units');
  const positions = sheet('positions');
  const people = sheet('people');
  DEPARTMENTS.forEach(([code, name, head], i) => units.addRow([code, name, '部门', '', head, i + 1]));
  units.addRow(['CS-HL', '热线组', '班组', 'CS', 'D0005', 1]);
  units.addRow(['CS-CP', '投诉处理组', '班组', 'CS', '', 2]);
  for (const p of DEPT_POSITIONS) positions.addRow([p[0], p[1], p[2].join('\n'), p[3], p[4], p[5], p[6], '']);
  positions.addRow(['CS-HL', '热线客服', '接听客服热线，按话术受理并派单\n做好来电记录', '高中及以上', '', '客服热线接听作业指导书', 6, '']);
  positions.addRow(['CS-CP', '投诉专员', '受理、调查并答复客户投诉\n跟踪投诉整改并回访', '大专及以上', '', '客户投诉处理管理办法', 3, '']);

  for (const [no, name, username, unit, title] of ACCOUNTS) people.addRow([no, name, username, '', '', unit, title, '', '是']);
  let n = 100;
  const staff = (unit: string, title: string, extra = '') => {
    const no = `E${String(++n).padStart(4, '0')}`;
    people.addRow([no, nameOf(n), '', `139${String(10_000_000 + n * 7919).slice(-8)}`, '', unit, title, extra, n % 47 === 0 ? '否' : '是']);
    return no;
  };
  OTHERS.forEach(([no, unit, title], i) => people.addRow([no, nameOf(i + 7), '', '', '', unit, title, '', '是']));
  for (let i = 0; i < 6; i++) staff('CS-HL', '热线客服');
  for (let i = 0; i < 3; i++) staff('CS-CP', '投诉专员');

  BRANCHES.forEach((b, bi) => {
    const code = `BR${String(bi + 1).padStart(2, '0')}`;
    const manager = staff(code, '网点经理');
    units.addRow([code, `${b}网点`, '网点', 'OPS', manager, bi + 1]);
    positions.addRow([code, '网点经理', `全面负责${b}网点的服务质量与日常运营\n组织网点月度服务质量检查\n落实纠正措施`, '大专及以上', '三年以上物业服务管理经验', '服务质量管理制度；内部审核；应急处置', 1, '']);
    TEAMS.forEach(([suffix, name, lead, member, duties, topics], ti) => {
      const team = `${code}-${suffix}`;
      const size = 9 + ((bi + ti) % 3);
      const leader = staff(team, lead);
      const members = Array.from({ length: size }, () => staff(team, member));
      units.addRow([team, name, '班组', code, leader, ti + 1]);
      positions.addRow([team, lead, [`带领${name}完成日常工作与排班`, ...duties.slice(0, 1), '组织班前会与岗位培训'].join('\n'), '高中及以上', '', topics, 1, members[0]]);
      positions.addRow([team, member, duties.join('\n'), '初中及以上', '', topics, size, '']);
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function loadDemoOrganisation(call: Call): Promise<void> {
  const data = await demoOrganisationWorkbook();
  const report = await call('org.import', { dataBase64: data.toString('base64'), commit: true });
  if (!report.committed) throw new Error(`demo organisation: ${report.refused.map((r) => `${r.sheet} ${r.row} ${r.message}`).join('; ')}`);
  // One person on leave: tasks for their position go to the deputy.
  const away = (await call('people.list', { q: 'E0102' })).items[0];
  if (away) await call('people.update', { id: away.id, version: away.version, absent: true });
}
