import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { now } from '../clock';

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

const CONTEXT: [('internal' | 'external' | 'party'), string, string][] = [
  ['internal', '一线员工流动率较高', '客服与保洁岗位年流动率约 25%，新员工培训压力大'],
  ['internal', '网点分布广、管理半径大', '43 个单位分布在四个城区，现场检查覆盖不足'],
  ['internal', '信息系统逐步上线', '工单系统已上线，回访与统计功能仍在完善'],
  ['internal', '服务标准化程度不一', '各网点服务规范执行存在差异'],
  ['external', '行业监管趋严', '住建与市场监管部门加强物业服务质量检查'],
  ['external', '客户期望提高', '客户对响应速度与线上渠道的期望明显提高'],
  ['external', '人力成本上升', '最低工资标准上调，外包服务价格上涨'],
  ['external', '12345 政务热线考核', '投诉办结率与满意度纳入政府考核'],
  ['party', '业主与住户', '及时响应报修、环境整洁、收费透明'],
  ['party', '业主委员会', '每季度通报服务质量与整改情况'],
  ['party', '政府主管部门', '遵守物业服务法规，按时报送检查整改'],
  ['party', '员工', '合理排班、培训与职业发展'],
  ['party', '外包供方', '明确的服务要求与按时结算'],
];

const RISKS: [('risk' | 'opportunity'), string, number, number, string, ('open' | 'treating' | 'monitoring' | 'closed')][] = [
  ['risk', '高峰时段客户等候超时', 4, 4, '高峰替岗、增开窗口', 'treating'],
  ['risk', '新员工服务技能不足导致投诉', 4, 3, '岗前培训与带教', 'treating'],
  ['risk', '投诉处理超时被政务热线通报', 3, 5, '投诉升级时限与每日跟踪', 'treating'],
  ['risk', '维修备件缺货导致工单超时', 3, 4, '常用备件安全库存', 'monitoring'],
  ['risk', '消防设施巡检遗漏', 2, 5, '巡检代岗与编号记录', 'monitoring'],
  ['risk', '客户个人信息泄露', 2, 5, '权限管理与脱敏', 'treating'],
  ['risk', '外包保洁质量波动', 3, 3, '月度考核与扣款', 'monitoring'],
  ['risk', '关键岗位人员流失', 3, 4, '后备人选与岗位说明书', 'open'],
  ['risk', '工单系统故障无法派单', 2, 4, '纸质应急派单流程', 'monitoring'],
  ['risk', '极端天气导致服务中断', 2, 4, '应急预案与演练', 'monitoring'],
  ['risk', '收费争议引发群体投诉', 2, 4, '收费公示与解释口径', 'open'],
  ['risk', '供方资质过期未发现', 2, 3, '供方台账到期提醒', 'treating'],
  ['risk', '服务标准执行不一致', 3, 3, '神秘顾客暗访', 'treating'],
  ['risk', '回访遗漏影响满意度', 3, 2, '工单回访提醒', 'closed'],
  ['risk', '设备老化导致电梯困人', 2, 5, '维保合同与年检', 'monitoring'],
  ['risk', '节假日排班不足', 3, 3, '节前排班审核', 'open'],
  ['risk', '文件版本混用', 2, 3, '受控文件发放回收', 'monitoring'],
  ['risk', '内审员数量不足', 2, 2, '培养兼职内审员', 'open'],
  ['risk', '培训记录不完整', 3, 2, '培训台账', 'open'],
  ['risk', '安保巡逻不到位', 2, 3, '巡更系统', 'monitoring'],
  ['opportunity', '线上报修提升响应速度', 4, 3, '推广小程序报修', 'treating'],
  ['opportunity', '客户满意度调查数字化', 3, 3, '问卷星电子调查', 'open'],
  ['opportunity', '与社区共建提升口碑', 3, 2, '季度社区活动', 'open'],
  ['opportunity', '节能改造降低成本', 2, 3, '公共照明改造', 'open'],
  ['opportunity', '标杆网点经验推广', 3, 3, '标杆网点交流', 'treating'],
];

/** Risks that arise from a context entry: risk index → entry index. */
const ISSUE_OF: Record<number, number> = { 1: 0, 2: 7, 6: 6, 12: 3, 7: 0, 20: 5, 8: 2 };

/** The context lists and about 25 risks and opportunities, with a few treated by shared actions. */
export async function loadDemoRisks(call: Call): Promise<void> {
  const today = now();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const issues = [];
  for (const [kind, title, detail] of CONTEXT) {
    const item = await call('context.save', { kind, title, detail });
    issues.push(item);
    if (issues.length % 2 === 0) await call('context.review', { id: item.id, version: item.version });
  }
  await call('risks.setMatrix', { low: 4, medium: 12 });
  const people = (await call('people.list', { pageSize: 200, active: true })).items.filter((p) => p.homeDepartmentId);
  for (const [i, [kind, description, likelihood, impact, treatment, status]] of RISKS.entries()) {
    const owner = people[(i * 7) % people.length]!;
    const issue = ISSUE_OF[i] === undefined ? null : issues[ISSUE_OF[i]!];
    const risk = await call('risks.create', {
      kind, description, likelihood, impact, treatment, status, ownerPersonId: owner.id, reviewDate: day(i % 5 === 0 ? -10 : 30 + i * 5),
      ...(issue ? { sourceKind: 'issue' as const, sourceId: issue.id } : { sourceKind: 'other' as const }),
    });
    if (status === 'treating') await call('actions.add', { parentType: 'risk', parentId: risk.id, kind: 'preventive', description: treatment, ownerPersonId: owner.id, dueDate: day(20 + i) });
  }
}
