import { parseStructurePrefix } from '../../../shared/editor/structure';

const ORDERED_MARKER = /^(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十]+)[.)、．]$|^[（(](\d+|[a-zA-Z]|[一二三四五六七八九十]+)[）)]$/;

interface ListParagraph {
  level: number;
  ordered: boolean;
}

/** Word and WPS write list items as paragraphs styled `mso-list:l0 level2 lfo1`, with the bullet as text. */
function listInfo(p: HTMLElement): ListParagraph | null {
  const m = /mso-list:\s*l\d+\s+level(\d+)/i.exec(p.getAttribute('style') ?? '');
  if (!m) return null;
  const marker = p.querySelector<HTMLElement>('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]');
  const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  if (parseStructurePrefix(markerText)) {
    // Numbering such as 第一条 typed by Word's list feature: keep it as text so it becomes an article.
    if (marker) marker.replaceWith(p.ownerDocument.createTextNode(`${markerText} `));
    return null;
  }
  marker?.remove();
  return { level: Number(m[1]), ordered: ORDERED_MARKER.test(markerText) };
}

/** Turns runs of Word list paragraphs into real (nested) <ul>/<ol> lists, before styles are stripped. */
export function convertWordLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  let stack: { level: number; list: HTMLElement; item: HTMLElement | null }[] = [];
  for (const p of Array.from(body.querySelectorAll<HTMLElement>('p[style*="mso-list" i]'))) {
    const info = listInfo(p);
    // A list ends at anything that is not one of its paragraphs.
    if (!info || (stack.length > 0 && p.previousElementSibling !== stack[0]!.list)) stack = [];
    if (!info) continue;
    while (stack.length > 0 && stack[stack.length - 1]!.level > info.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < info.level) {
      const list = doc.createElement(info.ordered ? 'ol' : 'ul');
      if (top?.item) top.item.append(list);
      else p.before(list);
      top = { level: info.level, list, item: null };
      stack.push(top);
    }
    const item = doc.createElement('li');
    top.list.append(item);
    top.item = item;
    item.append(p);
  }
}
