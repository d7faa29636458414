import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { TASKS, type TaskName } from './tasks';

/** One task per message: { task, input } in; progress, then done or error, out. */
parentPort!.on('message', async ({ task, input }: { task: TaskName; input: never }) => {
  try {
    const result = await TASKS[task](input, (value, stage) => parentPort!.postMessage({ type: 'progress', value, stage }));
    parentPort!.postMessage({ type: 'done', result });
  } catch (err) {
    const e = err instanceof AppError ? { code: err.code, key: err.key, params: err.params, details: err.details } : { code: 'INTERNAL', key: 'jobs.failed', params: { reason: err instanceof Error ? err.message : String(err) } };
    parentPort!.postMessage({ type: 'error', error: e });
  }
});
