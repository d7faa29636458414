/**
 * The backend's one clock. Everything that records or compares time asks it, so tests and the demo
 * generator can set the time (a realistic past year, time limits) without touching the system clock.
 */
let source: () => number = Date.now;

export const now = (): Date => new Date(source());
export const nowIso = (): string => now().toISOString();

/** Sets the clock: a fixed instant, or a function of real time. Returns a function that restores it. */
export function setClock(to: Date | string | (() => number)): () => void {
  const previous = source;
  if (typeof to === 'function') source = to;
  else {
    const at = new Date(to).getTime();
    if (Number.isNaN(at)) throw new Error(`setClock: not a time: ${String(to)}`);
    source = () => at;
  }
  return () => {
    source = previous;
  };
}
