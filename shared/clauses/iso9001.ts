/**
 * The clauses of ISO 9001:2015 an organisation declares applicable or excluded (4.3), and that the responsibility
 * matrix, audit programmes and checklists refer to by number. Names as GB/T 19001-2016 gives them.
 */
export const ISO_9001_CLAUSES = [
  { clause: '4.1', 'zh-CN': '理解组织及其环境', en: 'Understanding the organization and its context' },
  { clause: '4.2', 'zh-CN': '理解相关方的需求和期望', en: 'Understanding the needs and expectations of interested parties' },
  { clause: '4.3', 'zh-CN': '确定质量管理体系的范围', en: 'Determining the scope of the quality management system' },
  { clause: '4.4', 'zh-CN': '质量管理体系及其过程', en: 'Quality management system and its processes' },
  { clause: '5.1', 'zh-CN': '领导作用和承诺', en: 'Leadership and commitment' },
  { clause: '5.2', 'zh-CN': '方针', en: 'Policy' },
  { clause: '5.3', 'zh-CN': '组织的岗位、职责和权限', en: 'Organizational roles, responsibilities and authorities' },
  { clause: '6.1', 'zh-CN': '应对风险和机遇的措施', en: 'Actions to address risks and opportunities' },
  { clause: '6.2', 'zh-CN': '质量目标及其实现的策划', en: 'Quality objectives and planning to achieve them' },
  { clause: '6.3', 'zh-CN': '变更的策划', en: 'Planning of changes' },
  { clause: '7.1', 'zh-CN': '资源', en: 'Resources' },
  { clause: '7.2', 'zh-CN': '能力', en: 'Competence' },
  { clause: '7.3', 'zh-CN': '意识', en: 'Awareness' },
  { clause: '7.4', 'zh-CN': '沟通', en: 'Communication' },
  { clause: '7.5', 'zh-CN': '成文信息', en: 'Documented information' },
  { clause: '8.1', 'zh-CN': '运行的策划和控制', en: 'Operational planning and control' },
  { clause: '8.2', 'zh-CN': '产品和服务的要求', en: 'Requirements for products and services' },
  { clause: '8.3', 'zh-CN': '产品和服务的设计和开发', en: 'Design and development of products and services' },
  { clause: '8.4', 'zh-CN': '外部提供的过程、产品和服务的控制', en: 'Control of externally provided processes, products and services' },
  { clause: '8.5', 'zh-CN': '生产和服务提供', en: 'Production and service provision' },
  { clause: '8.6', 'zh-CN': '产品和服务的放行', en: 'Release of products and services' },
  { clause: '8.7', 'zh-CN': '不合格输出的控制', en: 'Control of nonconforming outputs' },
  { clause: '9.1', 'zh-CN': '监视、测量、分析和评价', en: 'Monitoring, measurement, analysis and evaluation' },
  { clause: '9.2', 'zh-CN': '内部审核', en: 'Internal audit' },
  { clause: '9.3', 'zh-CN': '管理评审', en: 'Management review' },
  { clause: '10.1', 'zh-CN': '总则', en: 'General' },
  { clause: '10.2', 'zh-CN': '不合格和纠正措施', en: 'Nonconformity and corrective action' },
  { clause: '10.3', 'zh-CN': '持续改进', en: 'Continual improvement' },
] as const;

export type Clause = (typeof ISO_9001_CLAUSES)[number]['clause'];
export const CLAUSE_NUMBERS = ISO_9001_CLAUSES.map((c) => c.clause) as readonly Clause[];
export const isClause = (s: string): s is Clause => (CLAUSE_NUMBERS as readonly string[]).includes(s);
