import { useEffect, useRef } from 'react';

/**
 * Ctrl+S (⌘S) saves at once, as in Word and WPS, wherever the focus is on the revision page; the browser's
 * "save page" dialog never appears there, also when the revision cannot be edited.
 */
export function useSaveShortcut(save: (() => unknown) | null): void {
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      latest.current?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
