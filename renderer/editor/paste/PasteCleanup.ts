import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './cleanPastedHtml';
import { structurePastedSlice } from './structurePaste';

export const PasteCleanup = Extension.create<{ onImagesDropped: (count: number) => void }>({
  name: 'pasteCleanup',
  addOptions: () => ({ onImagesDropped: () => {} }),
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          transformPastedHTML(html) {
            const cleaned = cleanPastedHtml(html);
            if (cleaned.droppedImages > 0) options.onImagesDropped(cleaned.droppedImages);
            return cleaned.html;
          },
          transformPasted: (slice, view) => structurePastedSlice(slice, view.state.schema),
        },
      }),
    ];
  },
});
