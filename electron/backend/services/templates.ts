import type { Content } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { isTemplateId, templateContent as fromCatalog } from '../../../shared/templates/catalog';
import { notFound } from '../errors';

export function templateContent(id: string, language: Language): Content {
  if (!isTemplateId(id)) throw notFound('template', id);
  return fromCatalog(id, language);
}
