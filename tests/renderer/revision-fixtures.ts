import type { Editor } from '@tiptap/core';
import type { Content, ContentNode } from '../../shared/editor/content';
import type { Revision, RevisionSummary } from '../../shared/revisions/contract';
import { doc, user } from './fixtures';

const AT = '2026-03-01T08:00:00.000Z';
export const REVISION_ID = '01950000-0000-7000-8000-0000000000a1';
export const HASH = 'ab12cd34ef'.repeat(6) + 'abcd';

export const regulationDoc = doc(7, { type: 'regulation', number: 'QM-R-007', title: '服务质量管理制度', controlled: true });

const block = (type: string, text: string): ContentNode => ({ type, content: text ? [{ type: 'text', text }] : undefined });

/** 第一章 总则 / 第一条 目的 / 第二条 范围 / 第二章 职责 / 第三条 质量管理部 */
export function regulation(): Content {
  return {
    schemaVersion: 1,
    doc: {
      type: 'doc',
      content: [block('chapter', '总则'), block('article', '目的'), block('article', '范围'), block('chapter', '职责'), block('article', '质量管理部')],
    },
  };
}

export function summary(overrides: Partial<RevisionSummary> = {}): RevisionSummary {
  return {
    id: REVISION_ID,
    documentId: regulationDoc.id,
    revisionNo: 1,
    label: 'A/1',
    status: 'draft',
    contentHash: HASH,
    changeReason: null,
    rejection: null,
    effectiveDate: null,
    authorId: user('author').id,
    authorName: '李娜',
    signatures: [],
    origin: 'content',
    route: null,
    round: 0,
    currentStep: null,
    missingSigners: [],
    userNames: {},
    file: null,
    may: { sign: false, return: false, withdraw: false },
    version: 3,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

/** The default route (a quality manager or a named approver approves), awaiting that signature. */
export const inReview = (overrides: Partial<RevisionSummary> = {}): Partial<RevisionSummary> => ({
  status: 'in_review',
  round: 1,
  route: [{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'documentApprovers' }] }],
  currentStep: 1,
  ...overrides,
});

export function revision(overrides: Partial<Revision> = {}): Revision {
  return { ...summary(), content: regulation(), contentError: null, language: 'zh-CN', ...overrides };
}

export const revisionHash = (id = REVISION_ID) => `#/documents/${regulationDoc.id}/revisions/${id}`;

/** The TipTap editor on the page (TipTap hangs it on its root element). */
export function editorOf(): Editor {
  const dom = document.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
  if (!dom?.editor) throw new Error('no editor on the page');
  return dom.editor;
}

/** The number labels the editor shows, with the text of their blocks. */
export const numbered = () =>
  Array.from(document.querySelectorAll('.ProseMirror .structure')).map((el) => el.textContent);

/** Puts the cursor inside the top-level block at `index`. */
export function cursorInBlock(editor: Editor, index: number): void {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += editor.state.doc.child(i).nodeSize;
  editor.commands.setTextSelection(pos + 1);
}
