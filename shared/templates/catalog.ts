import type { Content } from '../editor/content';
import type { Language } from '../editor/structure';
import { MANUAL_EN } from './manual-en';
import { MANUAL_ZH } from './manual-zh';
import { fromOutline } from './outline';
import { REGULATION_EN } from './regulation-en';
import { REGULATION_ZH } from './regulation-zh';

export const TEMPLATE_IDS = ['quality-manual', 'service-quality-regulation'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const OUTLINES: Record<TemplateId, Record<Language, string>> = {
  'quality-manual': { 'zh-CN': MANUAL_ZH, en: MANUAL_EN },
  'service-quality-regulation': { 'zh-CN': REGULATION_ZH, en: REGULATION_EN },
};

export const TEMPLATE_TITLES: Record<TemplateId, Record<Language, string>> = {
  'quality-manual': { 'zh-CN': '质量手册', en: 'Quality manual' },
  'service-quality-regulation': { 'zh-CN': '服务质量管理制度', en: 'Service quality regulations' },
};

export const isTemplateId = (id: string): id is TemplateId => (TEMPLATE_IDS as readonly string[]).includes(id);

export const templateContent = (id: TemplateId, language: Language): Content => fromOutline(OUTLINES[id][language]);
