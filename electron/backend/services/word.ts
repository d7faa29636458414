import type { Kysely } from 'kysely';
import { contract, type ParsedInput } from '../../../shared/api/contract';
import { contentSchema } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import type { WordMeta } from '../../../shared/word/build';
import { hasOfficialStyle, statusLabel } from '../../../shared/word/style';
import type { Actor } from '../audit/trail';
import { callerOf, inTransaction, type DomainMethods, type Handlers, type ServiceContext } from '../context';
import type { Database, RevisionRow } from '../db/schema';
import { AppError, notFound } from '../errors';
import { startJob, type JobControl } from '../jobs/registry';
import { runInWorker } from '../jobs/runner';
import type { WordBuildInput } from '../jobs/tasks';
import { insertDocument } from './documents';
import { getRevisionRow } from './revision-rows';
import { assertReadable, insertDraft } from './revisions';
import { readSettings } from './settings';
import { coverSignatures, revisionHistory } from './word-cover';
import { detectDocumentType } from './word-import-type';
import { layoutVariant, saveLayout, storedLayout } from './word-layouts';
import { readAttachment } from './attachments';
import { refuseSameTitle } from './word-title-match';
import { safeFileName } from '../../../shared/files/file-name';
import { effectiveMatrixWordData } from './matrix-export';

export type WordExportOptions = Omit<ParsedInput<'word.export'>, 'revisionId' | 'appendMatrix'> & { appendMatrix?: boolean };

/** Everything the builder needs about a revision, as plain data a worker can take. */
export async function wordBuildInput(db: Kysely<Database>, revision: RevisionRow, options: WordExportOptions, exporter: string | null): Promise<Omit<WordBuildInput, 'pageNumbers'> & { fileName: string }> {
  const parsed = contentSchema.safeParse(JSON.parse(revision.content));
  if (!parsed.success) throw new AppError('CONFLICT', 'revisions.contentInvalid', { reason: parsed.error.issues[0]!.message });
  const doc = await db.selectFrom('documents').selectAll().where('id', '=', revision.document_id).executeTakeFirst();
  if (!doc) throw notFound('document', revision.document_id);
  const language = doc.language as Language;
  if (options.style === 'official' && !hasOfficialStyle(language)) throw new AppError('VALIDATION', 'word.noOfficialEnglish');
  const effective = revision.status === 'effective';
  if (options.controlled && !effective) throw new AppError('VALIDATION', 'word.controlledDraft');
  if (options.appendMatrix && doc.type !== 'manual') throw new AppError('VALIDATION', 'matrix.appendManualOnly');
  const matrixAppendix = options.appendMatrix ? await effectiveMatrixWordData(db) : undefined;
  const signatures = await coverSignatures(db, revision.id);
  const { organisationName } = await readSettings(db);
  const meta: WordMeta = {
    number: doc.number,
    title: doc.title,
    revision: revision.label,
    status: revision.status,
    effectiveDate: revision.effective_date,
    approver: signatures.approved?.name ?? null,
    organisation: organisationName,
    exporter,
    issueDate: signatures.approved?.date ?? null,
    signatures,
    history: await revisionHistory(db, revision, language),
    copy: { controlled: options.controlled ?? effective, copyNumber: options.copyNumber ?? null },
    ...(matrixAppendix && { matrixAppendix }),
  };
  return {
    content: parsed.data,
    language,
    options: { style: options.style, fonts: options.fonts },
    meta,
    fileName: safeFileName({ head: doc.number, middle: doc.title, tail: revision.label, ext: '.docx' }),
  };
}

/**
 * A revision as a .docx, built in a worker thread. An effective revision's TOC gets page numbers: kept from the
 * layout pass done when it took effect, or worked out now and kept. Drafts get no numbers (they still change).
 */
export async function exportRevision(
  db: Kysely<Database>,
  revision: RevisionRow,
  options: WordExportOptions,
  exporter: string | null,
  control?: Pick<JobControl, 'progress' | 'signal'>,
): Promise<{ fileName: string; data: Buffer; pageNumbers: 'stored' | 'computed' | 'none' }> {
  const { fileName, ...input } = await wordBuildInput(db, revision, options, exporter);
  const variant = layoutVariant(input.language, options);
  const stored = revision.status === 'effective' ? await storedLayout(db, revision.id, variant) : null;
  const pageNumbers: WordBuildInput['pageNumbers'] = revision.status !== 'effective' ? { mode: 'none' } : stored ? { mode: 'stored', numbers: stored } : { mode: 'layout' };
  const out = await runInWorker('word.build', { ...input, pageNumbers }, { onProgress: control?.progress, signal: control?.signal });
  if (out.pageNumbers) await saveLayout(db, revision.id, variant, out.pageNumbers);
  return { fileName, data: Buffer.from(out.docx), pageNumbers: pageNumbers.mode === 'layout' ? 'computed' : pageNumbers.mode };
}

/**
 * word.export's work: build the file, and record a controlled copy as a distribution (发放记录) in the trail,
 * naming the copy number and who took it.
 */
async function exportForCaller(ctx: ServiceContext, input: ParsedInput<'word.export'>, control?: JobControl) {
  const me = callerOf(ctx);
  const db = ctx.backend.store.db;
  const revision = await getRevisionRow(db, input.revisionId);
  await assertReadable(db, me, revision);
  // A file-bodied revision gives back the original file, as it was approved.
  if (revision.attachment_id) {
    const file = await readAttachment(db, revision.attachment_id);
    const distributed = await recordDistribution(ctx, revision, input, me.displayName);
    return { fileName: file.name, base64: file.data.toString('base64'), pageNumbers: 'none' as const, distributed };
  }
  const { fileName, data, pageNumbers } = await exportRevision(db, revision, input, me.displayName, control);
  control?.setCancellable(false);
  // Cancelled while the file was being built: it is never handed out, so nothing is recorded.
  if (control?.signal.aborted) throw new AppError('CONFLICT', 'jobs.cancelled');
  const distributed = await recordDistribution(ctx, revision, input, me.displayName);
  return { fileName, base64: data.toString('base64'), pageNumbers, distributed };
}

/** A controlled copy (the default for an effective revision) is a distribution, 发放记录, in the trail. */
export async function recordDistribution(ctx: ServiceContext, revision: RevisionRow, input: WordExportOptions, recipient: string, actor: Actor | null = ctx.caller): Promise<boolean> {
  const controlled = input.controlled ?? revision.status === 'effective';
  if (!controlled) return false;
  await inTransaction(
    ctx,
    (_trx, audit) =>
      audit({
        entity: 'revision',
        entityId: revision.id,
        action: 'distribute',
        after: { label: revision.label, copyNumber: input.copyNumber ?? null, style: input.style, fonts: input.fonts, recipient, status: statusLabel('zh-CN', revision.status) },
      }),
    actor,
  );
  return true;
}

/** A .docx as a new draft: of `documentId`, or of a new register entry. Converted (in a worker) before anything is written. */
export async function importDocx(
  ctx: ServiceContext,
  input: Omit<ParsedInput<'word.import'>, 'base64'>,
  data: Buffer,
  actor: Actor | null = ctx.caller,
  control?: JobControl,
) {
  const { content, report, title } = await runInWorker('word.convert', { data: new Uint8Array(data) }, { onProgress: control?.progress, signal: control?.signal });
  control?.setCancellable(false);
  // Cancelled just as the conversion ended: nothing is written.
  if (control?.signal.aborted) throw new AppError('CONFLICT', 'jobs.cancelled');
  control?.progress(0.95, 'save');
  const userId = actor?.id ?? null;
  return inTransaction(ctx, async (trx, audit) => {
    let documentId = input.documentId;
    if (!documentId) {
      const name = (input.title ?? title ?? input.fileName.replace(/\.docx$/i, '')).slice(0, 200);
      if (input.onTitleMatch === 'ask') await refuseSameTitle(trx, name);
      // The register's own defaults, as documents.create would fill them.
      const entry = contract['documents.create'].input.parse({
        number: input.number,
        title: name,
        type: input.type ?? detectDocumentType(name),
        ownerId: userId,
        language: /[\u4e00-\u9fff]/.test(JSON.stringify(content)) ? 'zh-CN' : 'en',
      });
      const created = await insertDocument(trx, audit, userId, entry);
      documentId = created.id;
    }
    const revisionId = await insertDraft(trx, audit, userId, documentId, content, { from: `word:${input.fileName}` });
    return { documentId, revisionId, report };
  }, actor);
}

export const wordHandlers: Handlers<DomainMethods<'word'>> = {
  async 'word.export'(input, ctx) {
    return exportForCaller(ctx, input);
  },

  async 'word.exportStart'(input, ctx) {
    callerOf(ctx);
    // Refuse what cannot be read before a job is started, so the error comes back at once.
    const revision = await getRevisionRow(ctx.backend.store.db, input.revisionId);
    await assertReadable(ctx.backend.store.db, callerOf(ctx), revision);
    return { jobId: startJob(ctx, 'word.export', (control) => exportForCaller(ctx, input, control)) };
  },

  async 'word.import'(input, ctx) {
    callerOf(ctx);
    return importDocx(ctx, input, Buffer.from(input.base64, 'base64'));
  },

  async 'word.importStart'(input, ctx) {
    callerOf(ctx);
    const data = Buffer.from(input.base64, 'base64');
    return { jobId: startJob(ctx, 'word.import', (control) => importDocx(ctx, input, data, ctx.caller, control)) };
  },
};
