import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { MAX_IMAGE_BYTES } from '../../../shared/editor/content';
import { withTrailingParagraph } from './trailingParagraph';

/** The image types the stored content accepts (shared/editor/content.ts). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];

export interface ImageRejection {
  fileName: string;
  reason: 'type' | 'size' | 'read';
}

export type OnImageRejected = (rejection: ImageRejection) => void;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Reads picked, pasted or dropped files and inserts those that are acceptable images as embedded data URLs. */
export async function insertImageFiles(view: EditorView, files: readonly File[], onRejected: OnImageRejected, at?: number): Promise<void> {
  for (const file of files) {
    if (!IMAGE_TYPES.includes(file.type)) {
      onRejected({ fileName: file.name, reason: 'type' });
      continue;
    }
    if (file.size > MAX_IMAGE_BYTES) {
      onRejected({ fileName: file.name, reason: 'size' });
      continue;
    }
    let src: string;
    try {
      src = await readAsDataUrl(file);
    } catch {
      onRejected({ fileName: file.name, reason: 'read' });
      continue;
    }
    if (view.isDestroyed) return;
    const node = view.state.schema.nodes.image!.create({ src });
    const tr = at === undefined ? view.state.tr.replaceSelectionWith(node) : view.state.tr.insert(at, node);
    view.dispatch(withTrailingParagraph(tr).scrollIntoView());
  }
}

const filesOf = (list: FileList | null | undefined) => (list ? Array.from(list) : []);

export const ImageFiles = Extension.create<{ onRejected: OnImageRejected }>({
  name: 'imageFiles',
  addOptions: () => ({ onRejected: () => {} }),
  addProseMirrorPlugins() {
    const onRejected = (r: ImageRejection) => this.options.onRejected(r);
    return [
      new Plugin({
        key: new PluginKey('imageFiles'),
        props: {
          handlePaste(view, event) {
            // Word and WPS put a picture of the copied text beside its HTML: the HTML is what was meant.
            if (event.clipboardData?.getData('text/html')) return false;
            const files = filesOf(event.clipboardData?.files);
            if (files.length === 0 || !view.editable) return false;
            void insertImageFiles(view, files, onRejected);
            return true;
          },
          handleDrop(view, event, _slice, moved) {
            const files = filesOf(event.dataTransfer?.files);
            if (moved || files.length === 0 || !view.editable) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            void insertImageFiles(view, files, onRejected, at);
            return true;
          },
        },
      }),
    ];
  },
});
