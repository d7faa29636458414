import { dataUrlBytes, MAX_IMAGE_BYTES } from '../../../shared/editor/content';
import { convertWordLists } from './wordLists';

/** Never content: removed with everything inside. */
const DROPPED = 'script, style, meta, link, title, xml, iframe, frame, object, embed, noscript, template, svg, math, form, input, button, textarea, select, canvas, audio, video, base';
/** The only attributes the editor reads from pasted HTML. data-pm-slice keeps copy and paste inside the editor exact. */
const KEPT_ATTRIBUTES = new Set(['href', 'src', 'alt', 'colspan', 'rowspan', 'start', 'data-structure', 'data-pm-slice']);
const SAFE_HREF = /^(https?:|mailto:)/i;
const EMBEDDABLE = /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/]+=*$/;

export interface CleanResult {
  html: string;
  /** Images that could not come along: linked from elsewhere, local files, or too large. */
  droppedImages: number;
}

/** Inline styles that mean a mark the editor has; everything else about fonts and colours is dropped. */
function keepStyledMarks(el: HTMLElement): void {
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  const wrap = (tag: string) => {
    const wrapper = el.ownerDocument.createElement(tag);
    wrapper.append(...Array.from(el.childNodes));
    el.append(wrapper);
  };
  if (/font-weight:\s*(bold|[6-9]00)/.test(style)) wrap('strong');
  if (/font-style:\s*italic/.test(style)) wrap('em');
  if (/text-decoration[^;]*underline/.test(style)) wrap('u');
  if (/text-decoration[^;]*line-through/.test(style)) wrap('s');
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/**
 * Cleans HTML from the clipboard (Word, WPS, web pages) before the editor parses it: parsed in an inert
 * document, so nothing in it runs or loads; scripts, styles, Office XML and event handlers are removed;
 * Word's list paragraphs become real lists; only images embedded as small data URLs are kept.
 */
export function cleanPastedHtml(html: string): CleanResult {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  removeComments(doc);
  body.querySelectorAll(DROPPED).forEach((el) => el.remove());
  convertWordLists(body);
  let droppedImages = 0;
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('*'))) {
    const tag = el.tagName.toLowerCase();
    if (tag.includes(':')) {
      // Office namespaces: o:p is an empty-paragraph filler, v:/w: carry shapes and fields.
      if (tag === 'o:p' || tag.startsWith('v:')) el.remove();
      else el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (tag === 'img') {
      const src = el.getAttribute('src') ?? '';
      if (!EMBEDDABLE.test(src) || dataUrlBytes(src) > MAX_IMAGE_BYTES) {
        droppedImages += 1;
        el.remove();
        continue;
      }
    }
    // Google Docs wraps whole pastes in <b style="font-weight:normal">.
    if ((tag === 'b' || tag === 'strong') && /font-weight:\s*(normal|[1-4]00)/i.test(el.getAttribute('style') ?? '')) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (tag === 'span') keepStyledMarks(el);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (!KEPT_ATTRIBUTES.has(name) || (name === 'href' && !SAFE_HREF.test(attr.value.trim()))) el.removeAttribute(attr.name);
    }
  }
  return { html: body.innerHTML, droppedImages };
}
