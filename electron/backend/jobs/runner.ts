import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import type { Progress, TaskName, TaskInput, TaskOutput } from './tasks';

/** Two cores are common on office PCs: at most two tasks run at once, the rest wait their turn. */
const MAX_WORKERS = 2;

/** The bundled worker beside the Electron main bundle, or the TypeScript source under tsx (CLI, web host, tests). */
function workerSource(): { file: string | URL; execArgv: string[] } {
  if (typeof __dirname !== 'undefined') {
    const file = join(__dirname, 'job-worker.cjs');
    if (existsSync(file)) return { file, execArgv: [] };
  }
  return { file: new URL('./worker-tsx.mjs', import.meta.url), execArgv: [] };
}

const idle: Worker[] = [];
let running = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<Worker> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const reused = idle.pop();
  if (reused) return reused;
  const { file, execArgv } = workerSource();
  const worker = new Worker(file, { execArgv });
  worker.unref();
  return worker;
}

function release(worker: Worker | null) {
  running--;
  if (worker) idle.push(worker);
  waiting.shift()?.();
}

export interface RunOptions {
  onProgress?: Progress;
  /** Aborting stops the task at once: its worker is ended (only for work that writes nothing). */
  signal?: AbortSignal;
}

/**
 * Runs one task in a worker thread, so the Electron window and the web host stay responsive. Errors the task throws
 * come back as the same AppError; a worker that dies answers jobs.failed.
 */
export async function runInWorker<T extends TaskName>(task: T, input: TaskInput<T>, options: RunOptions = {}): Promise<TaskOutput<T>> {
  if (options.signal?.aborted) throw new AppError('CONFLICT', 'jobs.cancelled');
  const worker = await acquire();
  // Cancelled while waiting for a free worker.
  if (options.signal?.aborted) {
    release(worker);
    throw new AppError('CONFLICT', 'jobs.cancelled');
  }
  return new Promise<TaskOutput<T>>((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      options.signal?.removeEventListener('abort', onAbort);
      worker.unref();
      release(keep ? worker : null);
      settle();
    };
    const onMessage = (m: { type: 'progress'; value: number; stage: string } | { type: 'done'; result: TaskOutput<T> } | { type: 'error'; error: { code: never; key: never; params: Record<string, unknown>; details?: unknown } }) => {
      if (m.type === 'progress') options.onProgress?.(m.value, m.stage);
      else if (m.type === 'done') finish(true, () => resolve(m.result));
      else finish(true, () => reject(new AppError(m.error.code, m.error.key, m.error.params, m.error.details)));
    };
    const onError = (err: Error) => {
      void worker.terminate();
      finish(false, () => reject(new AppError('INTERNAL', 'jobs.failed', { reason: err.message })));
    };
    const onExit = (code: number) => finish(false, () => reject(new AppError('INTERNAL', 'jobs.failed', { reason: `exit ${code}` })));
    const onAbort = () => {
      void worker.terminate();
      finish(false, () => reject(new AppError('CONFLICT', 'jobs.cancelled')));
    };
    worker.ref();
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ task, input });
  });
}

/** Ends the idle workers (tests, shutdown). */
export async function stopWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}
