/** Refusals of the context lists and the risk register, in both languages. */
export const riskMessages = {
  'risks.badMatrix': { 'zh-CN': '评级矩阵无效：低风险上限须小于中风险上限，且在 1–25 之间。', en: 'The rating matrix is not valid: the low limit must be below the medium limit, both within 1–25.' },
  'risks.unknownSource': { 'zh-CN': '风险来源记录不存在。', en: 'The source of the risk does not exist.' },
  'risks.notOwner': { 'zh-CN': '只有风险责任人或质量经理可以修改此风险。', en: 'Only the risk owner or a quality manager may change this risk.' },
  'capa.unknownTarget': { 'zh-CN': '后续事项关联的记录不存在。', en: 'The record the follow-up names does not exist.' },
} as const;
