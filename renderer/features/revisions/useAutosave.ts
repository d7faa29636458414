import { useEffect, useState } from 'react';
import type { Content } from '../../../shared/editor/content';
import { Autosaver, type SaveState } from './autosaver';

export type { SaveState } from './autosaver';

interface Options {
  revisionId: string;
  version: number;
  /** False for read-only revisions and content that failed to load: nothing is ever saved. */
  enabled: boolean;
}

/** The autosaver of one open draft; pending changes are flushed when the page is hidden or left. */
export function useAutosave({ revisionId, version, enabled }: Options) {
  const [state, setState] = useState<SaveState>({ kind: 'clean' });
  const [saver] = useState(() => new Autosaver(revisionId, version, setState));

  useEffect(() => {
    if (!enabled) return;
    const flush = () => void saver.save();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the page inside the app: what is pending is saved now rather than after the delay.
      flush();
      saver.dispose();
    };
  }, [enabled, saver]);

  return {
    state,
    change: (content: Content) => {
      if (enabled) saver.change(content);
    },
    settle: () => (enabled ? saver.settle() : Promise.resolve(true)),
    retry: () => saver.save(),
    version: () => saver.currentVersion,
  };
}
