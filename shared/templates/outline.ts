import { CONTENT_SCHEMA_VERSION, type Content, type ContentNode } from '../editor/content';

const text = (t: string): ContentNode[] => (t ? [{ type: 'text', text: t }] : []);

/**
 * Templates are written as outlines, one block per line:
 * "# " chapter, "@ " article, "- " clause (items of an article), "## " heading 1, "### " heading 2, else a paragraph.
 */
export function fromOutline(outline: string): Content {
  const blocks: ContentNode[] = [];
  for (const raw of outline.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [, mark = '', rest = line] = /^(###|##|#|@|-)\s+(.*)$/.exec(line) ?? [];
    if (mark === '#') blocks.push({ type: 'chapter', content: text(rest) });
    else if (mark === '@') blocks.push({ type: 'article', content: text(rest) });
    else if (mark === '-') blocks.push({ type: 'clause', content: text(rest) });
    else if (mark === '##') blocks.push({ type: 'heading', attrs: { level: 1 }, content: text(rest) });
    else if (mark === '###') blocks.push({ type: 'heading', attrs: { level: 2 }, content: text(rest) });
    else blocks.push({ type: 'paragraph', content: text(rest) });
  }
  return { schemaVersion: CONTENT_SCHEMA_VERSION, doc: { type: 'doc', content: blocks } };
}
