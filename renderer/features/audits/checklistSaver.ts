import type { ChecklistLine } from '../../../shared/audits/checklists';
import type { Input } from '../../../shared/api/contract';
import { call, isApiError } from '../../api/client';

export type LinePatch = Input<'checklists.updateLine'>['patch'];
export const LINE_SAVE_DELAY_MS = 700;
export const LINE_RETRY_MS = 5000;

export type ChecklistSaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** Not saved (network, server): kept on this computer and retried. */
  | { kind: 'failed'; message: string }
  /** Someone else changed a line meanwhile: that line waits for the auditor's choice; the input is kept. */
  | { kind: 'conflict'; message: string };

interface Local {
  baseVersion: number;
  patch: LinePatch;
}

const KEY = (lineId: string) => `qms:checklist-line:${lineId}`;

function keep(lineId: string, local: Local) {
  try {
    localStorage.setItem(KEY(lineId), JSON.stringify(local));
  } catch {
    // A full storage must not stop the save itself.
  }
}
function drop(lineId: string) {
  localStorage.removeItem(KEY(lineId));
}
export function localPatch(lineId: string): Local | null {
  try {
    const raw = localStorage.getItem(KEY(lineId));
    return raw ? (JSON.parse(raw) as Local) : null;
  } catch {
    return null;
  }
}

/**
 * Debounced, per-line saves with optimistic versions, as the document editor's autosave does: every change is
 * first kept in localStorage with the version it was made on (a crash or a closed tab loses nothing); a failed
 * save stays pending and is retried; a stale line (CONFLICT checklists.stale) stops that line and hands the
 * server's current line to the page, keeping the auditor's input.
 */
export class ChecklistSaver {
  private pending = new Map<string, Local>();
  private conflicts = new Map<string, ChecklistLine>();
  private timer: number | undefined;
  private inFlight = false;
  private lastError: string | null = null;
  private closed = false;

  constructor(
    private readonly onState: (state: ChecklistSaveState) => void,
    private readonly onSaved: (line: ChecklistLine) => void,
    private readonly onConflict: (mine: LinePatch, current: ChecklistLine) => void,
  ) {}

  /** A change to a line read at `version`; merged into what is pending for it. */
  change(lineId: string, version: number, patch: LinePatch): void {
    const prior = this.pending.get(lineId);
    const local = { baseVersion: prior?.baseVersion ?? version, patch: { ...prior?.patch, ...patch } };
    this.pending.set(lineId, local);
    keep(lineId, local);
    if (this.conflicts.has(lineId)) return;
    this.onState({ kind: 'pending' });
    this.schedule(LINE_SAVE_DELAY_MS);
  }

  /** The auditor's choice after a conflict: keep their input on top of the current line, or drop it. */
  resolve(lineId: string, current: ChecklistLine, keepMine: boolean): void {
    this.conflicts.delete(lineId);
    const mine = this.pending.get(lineId);
    if (!keepMine || !mine) {
      this.pending.delete(lineId);
      drop(lineId);
      this.report();
      return;
    }
    const local = { baseVersion: current.version, patch: mine.patch };
    this.pending.set(lineId, local);
    keep(lineId, local);
    this.schedule(0);
  }

  get hasUnsaved(): boolean {
    return this.pending.size > 0;
  }

  /** The page (re)opens: saves may be scheduled again. */
  open(): void {
    this.closed = false;
  }

  /** The page closes: one last attempt, then no more retries (what is unsaved stays on this computer for next time). */
  close(): void {
    void this.flush();
    this.closed = true;
    window.clearTimeout(this.timer);
  }

  private schedule(ms: number) {
    window.clearTimeout(this.timer);
    if (this.closed) return;
    this.timer = window.setTimeout(() => void this.flush(), ms);
  }

  private report() {
    if (this.conflicts.size) this.onState({ kind: 'conflict', message: this.lastError ?? '' });
    else if (this.lastError && this.pending.size) this.onState({ kind: 'failed', message: this.lastError });
    else this.onState(this.pending.size ? { kind: 'pending' } : { kind: 'saved' });
  }

  /** Saves every pending line not waiting on a conflict. */
  async flush(): Promise<void> {
    window.clearTimeout(this.timer);
    if (this.inFlight) return;
    this.inFlight = true;
    this.lastError = null;
    try {
      for (const [lineId, local] of [...this.pending]) {
        if (this.conflicts.has(lineId)) continue;
        this.onState({ kind: 'saving' });
        try {
          const saved = await call('checklists.updateLine', { id: lineId, version: local.baseVersion, patch: local.patch });
          const now = this.pending.get(lineId);
          if (now === local) {
            this.pending.delete(lineId);
            drop(lineId);
          } else if (now) {
            // Typed on while saving: the rest goes on the new version.
            const rest = { baseVersion: saved.version, patch: now.patch };
            this.pending.set(lineId, rest);
            keep(lineId, rest);
          }
          this.onSaved(saved);
        } catch (e) {
          this.lastError = e instanceof Error ? e.message : String(e);
          const current = isApiError(e, 'CONFLICT') ? (e.details as { current?: ChecklistLine } | undefined)?.current : undefined;
          if (current) {
            this.conflicts.set(lineId, current);
            this.onConflict(local.patch, current);
          }
        }
      }
    } finally {
      this.inFlight = false;
    }
    this.report();
    if (this.pending.size > this.conflicts.size) this.schedule(this.lastError ? LINE_RETRY_MS : LINE_SAVE_DELAY_MS);
  }
}
