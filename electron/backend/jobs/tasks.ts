import { estimatePageNumbersWith } from 'docx/layout';
import type { Content } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { buildWordDocument, type WordMeta, type WordOptions } from '../../../shared/word/build';
import { packWord } from '../../../shared/word/pack';
import { recording, storedEstimator, type StoredPageNumbers } from '../../../shared/word/page-numbers';
import { importWord } from '../services/word-import';

/** Reports how far a task is (0 … 1) and what it is doing. */
export type Progress = (value: number, stage: string) => void;

export interface WordBuildInput {
  content: Content;
  language: Language;
  options: Omit<WordOptions, 'pageNumbers'>;
  meta: WordMeta;
  /** 'layout': lay the pages out now (and give back the numbers); 'stored': write these; 'none': no numbers. */
  pageNumbers: { mode: 'layout' } | { mode: 'stored'; numbers: StoredPageNumbers } | { mode: 'none' };
}

/**
 * The work that may run in a worker thread: plain data in, plain data out, no database. The layout pass runs in
 * guess mode, as 仿宋_GB2312 and 方正小标宋简体 are outside its metric tables.
 */
export const TASKS = {
  async 'word.build'(input: WordBuildInput, progress: Progress): Promise<{ docx: Uint8Array; pageNumbers: StoredPageNumbers | null }> {
    progress(0.1, 'build');
    const layout = input.pageNumbers.mode === 'layout' ? recording(estimatePageNumbersWith({ guess: true })) : null;
    const estimator = layout?.estimator ?? (input.pageNumbers.mode === 'stored' ? storedEstimator(input.pageNumbers.numbers) : undefined);
    const doc = buildWordDocument(input.content, input.language, { ...input.options, ...(estimator && { pageNumbers: estimator }) }, input.meta);
    progress(0.3, layout ? 'layout' : 'write');
    const docx = await packWord(doc);
    progress(0.95, 'write');
    return { docx, pageNumbers: layout?.result() ?? null };
  },

  async 'word.convert'(input: { data: Uint8Array }, progress: Progress) {
    progress(0.1, 'read');
    const result = await importWord(Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength));
    progress(0.9, 'convert');
    return result;
  },
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<(typeof TASKS)[T]>>;
