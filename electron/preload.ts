import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { documentScheme, ipcChannels, type DeskBridge } from '../src/shared/bridge';
import type { CoreEvent } from '../src/shared/events';

/** The only thing the renderer gets from the main process: the typed bridge, nothing else. */
const desk: DeskBridge = {
  call: (operation, input) => ipcRenderer.invoke(ipcChannels.call, operation, input),
  onEvent: (listener) => {
    // Our own main process sends what CoreEvents emitted, typed there (electron/ipc.ts).
    const forward = (_event: IpcRendererEvent, event: CoreEvent) => listener(event);
    ipcRenderer.on(ipcChannels.event, forward);
    return () => ipcRenderer.off(ipcChannels.event, forward);
  },
  documentUrl: (documentId) => `${documentScheme}://document/${documentId}`,
  pickFile: (filters) => ipcRenderer.invoke(ipcChannels.pickFile, filters),
  saveDownload: (downloadName) => ipcRenderer.invoke(ipcChannels.saveDownload, downloadName),
};

contextBridge.exposeInMainWorld('desk', desk);
