import type { Content } from '../../../shared/editor/content';
import { call, isApiError } from '../../api/client';
import { clearLocalCopy, keepLocalCopy } from './localCopy';

export const AUTOSAVE_DELAY_MS = 800;
export const RETRY_AFTER_NETWORK_MS = 5000;

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }
  /** Saved elsewhere meanwhile (or no longer a draft): saving stops, the local copy stays. */
  | { kind: 'conflict'; message: string };

const pause = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * Debounced revisions.save with optimistic versions. Every change is first kept in localStorage (with the
 * version it was made on) so a crash or a closed tab loses nothing; the copy is dropped once the server
 * has that exact state. A CONFLICT stops saving for good: the server has a state this editor never saw.
 */
export class Autosaver {
  private pending: Content | null = null;
  private inFlight = false;
  private stopped = false;
  private timer: number | undefined;

  constructor(
    private readonly revisionId: string,
    private version: number,
    private readonly onState: (state: SaveState) => void,
  ) {}

  get currentVersion(): number {
    return this.version;
  }

  change(content: Content): void {
    this.pending = content;
    keepLocalCopy(this.revisionId, { baseVersion: this.version, savedAt: new Date().toISOString(), content });
    if (this.stopped) return;
    if (!this.inFlight) this.onState({ kind: 'dirty' });
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /** Saves what is pending now. */
  async save(): Promise<void> {
    window.clearTimeout(this.timer);
    if (this.stopped || this.inFlight || !this.pending) return;
    const content = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.onState({ kind: 'saving' });
    try {
      const saved = await call('revisions.save', { id: this.revisionId, version: this.version, content });
      this.version = saved.version;
      if (this.pending) {
        keepLocalCopy(this.revisionId, { baseVersion: saved.version, savedAt: new Date().toISOString(), content: this.pending });
        this.onState({ kind: 'dirty' });
        this.schedule(AUTOSAVE_DELAY_MS);
      } else {
        clearLocalCopy(this.revisionId);
        this.onState({ kind: 'saved', at: new Date() });
      }
    } catch (e) {
      this.pending ??= content;
      const message = e instanceof Error ? e.message : String(e);
      if (isApiError(e, 'CONFLICT')) this.stopped = true;
      this.onState({ kind: this.stopped ? 'conflict' : 'failed', message });
      // The host may be restarting; edits keep going to the local copy meanwhile.
      if (isApiError(e, 'NETWORK')) this.schedule(RETRY_AFTER_NETWORK_MS);
    } finally {
      this.inFlight = false;
    }
  }

  /** Waits for a save in progress and saves the rest; true when the server has everything. */
  async settle(): Promise<boolean> {
    while (this.inFlight) await pause(50);
    await this.save();
    return !this.stopped && this.pending === null;
  }

  dispose(): void {
    window.clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.save(), ms);
  }
}
