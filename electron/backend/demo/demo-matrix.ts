import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { Mark } from '../../../shared/matrix/contract';

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

/** The organisation's own processes, each with its owner department (by code). */
const PROCESSES: [string, string, string][] = [
  ['P01', '经营策划与管理评审过程', 'QA'],
  ['P02', '客户需求识别与合同评审过程', 'CS'],
  ['P03', '物业服务提供过程', 'OPS'],
  ['P04', '设施设备运行维护过程', 'OPS'],
  ['P05', '安全与应急管理过程', 'SHE'],
  ['P06', '客户投诉处理过程', 'CS'],
  ['P07', '顾客满意度测量过程', 'CS'],
  ['P08', '外包服务与供方管理过程', 'ADM'],
  ['P09', '人力资源与培训过程', 'HR'],
  ['P10', '信息系统与数据管理过程', 'IT'],
  ['P11', '文件和记录控制过程', 'QA'],
  ['P12', '内部审核与改进过程', 'QA'],
];

/** Who is accountable (★) for each applicable clause, and who is responsible (●); every other department supports where named. */
const CLAUSE_OWNERS: Record<string, [string, string[], string[]]> = {
  '4.1': ['QA', ['ADM'], ['FIN']], '4.2': ['QA', ['CS'], []], '4.3': ['QA', [], []], '4.4': ['QA', ['OPS'], ['CS', 'HR']],
  '5.1': ['ADM', ['QA'], []], '5.2': ['QA', [], ['ADM']], '5.3': ['HR', ['QA'], ['ADM']],
  '6.1': ['QA', ['OPS', 'SHE'], ['CS']], '6.2': ['QA', ['OPS', 'CS'], ['HR']], '6.3': ['QA', [], ['OPS']],
  '7.1': ['ADM', ['HR', 'IT', 'FIN'], ['OPS']], '7.2': ['HR', [], ['QA', 'OPS', 'CS']], '7.3': ['HR', ['QA'], ['OPS']],
  '7.4': ['ADM', ['QA'], ['CS']], '7.5': ['QA', ['IT'], ['ADM']],
  '8.1': ['OPS', ['QA'], ['CS', 'SHE']], '8.2': ['CS', ['OPS'], []], '8.4': ['ADM', ['OPS'], ['FIN', 'QA']],
  '8.5': ['OPS', ['SHE'], ['CS', 'IT']], '8.6': ['OPS', ['QA'], []], '8.7': ['QA', ['OPS'], ['CS']],
  '9.1': ['QA', ['CS'], ['OPS']], '9.2': ['QA', [], ['OPS', 'CS', 'HR', 'IT', 'ADM']], '9.3': ['ADM', ['QA'], []],
  '10.1': ['QA', [], []], '10.2': ['QA', ['OPS'], ['CS']], '10.3': ['QA', ['OPS'], ['HR']],
};

/**
 * Scope and responsibilities for the demo: 8.3 excluded (a service company designs nothing), a dozen processes with
 * owner departments, and an approved matrix over the department level with one ★ in every row. Run as the quality
 * manager (`password` signs the approval).
 */
export async function loadDemoMatrix(call: Call, password: string): Promise<void> {
  const c83 = (await call('scope.get', {})).clauses.find((c) => c.clause === '8.3')!;
  await call('scope.setClause', {
    clause: '8.3',
    version: c83.version,
    applicable: false,
    justification: '本公司提供物业与城市综合服务，服务按合同和国家、行业标准提供，不从事产品和服务的设计和开发，删减 8.3 不影响提供合格服务和增强顾客满意的能力。',
  });
  const units = (await call('departments.tree', { includeClosed: false })).filter((u) => u.kind === 'department');
  const byCode = new Map(units.map((u) => [u.code ?? '', u.id]));
  const unit = (code: string) => byCode.get(code) ?? byCode.get('QA')!;
  const processOwner = new Map<string, string>();
  for (const [i, [code, name, owner]] of PROCESSES.entries()) {
    const p = await call('processes.create', { code, name, ownerUnitId: unit(owner), order: (i + 1) * 10 });
    processOwner.set(`process:${p.id}`, owner);
  }
  let m = await call('matrix.create', { levelKind: 'department' });
  const set = async (row: string, code: string, mark: Mark) => {
    const unitId = unit(code);
    if (m.cells.some((c) => c.row === row && c.unitId === unitId)) return;
    m = await call('matrix.setCell', { id: m.id, version: m.version, row, unitId, mark });
  };
  for (const row of m.rows) {
    if (row.kind === 'clause') {
      const [lead, main, support] = CLAUSE_OWNERS[row.code] ?? ['QA', [], []];
      await set(row.key, lead, 'lead');
      for (const u of main) await set(row.key, u, 'main');
      for (const u of support) await set(row.key, u, 'support');
    } else {
      const owner = processOwner.get(row.key) ?? 'QA';
      await set(row.key, owner, 'lead');
      await set(row.key, 'QA', 'support');
    }
  }
  m = await call('matrix.step', { id: m.id, version: m.version, step: 'submit' });
  await call('matrix.step', { id: m.id, version: m.version, step: 'approve', password, comment: '经管理评审确认，自即日起执行。' });
}
