import { contextBridge, ipcRenderer } from 'electron';

// The renderer's only way out: one typed call, no Node, no raw ipcRenderer.
contextBridge.exposeInMainWorld('qms', {
  invoke: (method: string, input: unknown, meta: { session: string | null; locale: string }) =>
    ipcRenderer.invoke('qms:invoke', method, input, meta),
});
