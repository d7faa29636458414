import { getSchema, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import type { Language } from '../../shared/editor/structure';
import { QmsDocument } from './nodes/document';
import { Article, Chapter, Clause, StructureCommands } from './nodes/structure';
import { PasteCleanup } from './paste/PasteCleanup';
import { FindReplace } from './plugins/findReplace';
import { ImageFiles, type OnImageRejected } from './plugins/imageFiles';
import { MoveBlock } from './plugins/moveBlock';
import { NodeIds } from './plugins/nodeIds';
import { StructureLabels } from './plugins/structureLabels';

/** The stored content accepts these link targets only (shared/editor/content.ts). */
export const isAllowedHref = (href: string) => /^(https?:|mailto:)/i.test(href.trim());

export interface EditorHooks {
  language: Language;
  onImageRejected?: OnImageRejected;
  onPastedImagesDropped?: (count: number) => void;
  /** Shown in an empty, editable document. */
  placeholder?: string;
}

/**
 * The node and mark set is exactly what the backend accepts (shared/editor/content.ts): no code, no
 * code blocks, headings 1–3. Anything else would be refused by revisions.save.
 */
export function editorExtensions(hooks: EditorHooks): Extensions {
  return [
    StarterKit.configure({
      document: false,
      code: false,
      codeBlock: false,
      // A trailing paragraph would change the document just by opening it.
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    QmsDocument,
    Chapter,
    Article,
    Clause,
    StructureCommands,
    NodeIds,
    StructureLabels.configure({ language: hooks.language }),
    TableKit.configure({ table: { resizable: false } }),
    Image.configure({ allowBase64: true }),
    ImageFiles.configure({ onRejected: hooks.onImageRejected ?? (() => {}) }),
    PasteCleanup.configure({ onImagesDropped: hooks.onPastedImagesDropped ?? (() => {}) }),
    FindReplace,
    MoveBlock,
    ...(hooks.placeholder ? [Placeholder.configure({ placeholder: hooks.placeholder, showOnlyWhenEditable: true })] : []),
  ];
}

let schema: Schema | undefined;

/** The editor's ProseMirror schema, for checking stored content before it is loaded. */
export function editorSchema(): Schema {
  schema ??= getSchema(editorExtensions({ language: 'zh-CN' }));
  return schema;
}
