import { Packer } from 'docx';
import { contentSchema } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { buildWordDocument } from '../../../shared/word/build';
import type { Kysely } from 'kysely';
import { contract, type ParsedInput } from '../../../shared/api/contract';
import type { WordStyle } from '../../../shared/word/style';
import { callerOf, inTransaction, type DomainMethods, type Handlers, type ServiceContext } from '../context';
import type { Database, RevisionRow } from '../db/schema';
import type { Actor } from '../audit/trail';
import { AppError, notFound } from '../errors';
import { insertDocument } from './documents';
import { getRevisionRow } from './revision-rows';
import { assertReadable, insertDraft } from './revisions';
import { readSettings } from './settings';
import { signaturesOf } from './signatures';
import { readAttachment } from './attachments';
import { importWord } from './word-import';
import { refuseSameTitle } from './word-title-match';
import { safeFileName } from '../../../shared/files/file-name';

/** A revision as a .docx; the caller decides who may read it. */
export async function exportRevision(db: Kysely<Database>, revision: RevisionRow, style: WordStyle): Promise<{ fileName: string; data: Buffer }> {
  const parsed = contentSchema.safeParse(JSON.parse(revision.content));
  if (!parsed.success) throw new AppError('CONFLICT', 'revisions.contentInvalid', { reason: parsed.error.issues[0]!.message });
  const doc = await db.selectFrom('documents').selectAll().where('id', '=', revision.document_id).executeTakeFirst();
  if (!doc) throw notFound('document', revision.document_id);
  const approval = (await signaturesOf(db, 'revision', revision.id)).filter((s) => s.meaning === 'approved').at(-1);
  const { organisationName } = await readSettings(db);
  const word = buildWordDocument(parsed.data, doc.language as Language, style, {
    number: doc.number,
    title: doc.title,
    revision: revision.label,
    status: revision.status,
    effectiveDate: revision.effective_date,
    approver: approval?.signerName ?? null,
    organisation: organisationName,
  });
  return { fileName: safeFileName({ head: doc.number, middle: doc.title, tail: revision.label, ext: '.docx' }), data: await Packer.toBuffer(word) };
}

/** A .docx as a new draft: of `documentId`, or of a new register entry. Converted before anything is written. */
export async function importDocx(ctx: ServiceContext, input: Omit<ParsedInput<'word.import'>, 'base64'>, data: Buffer, actor: Actor | null = ctx.caller) {
  const { content, report, title } = await importWord(data);
  const userId = actor?.id ?? null;
  return inTransaction(ctx, async (trx, audit) => {
    let documentId = input.documentId;
    if (!documentId) {
      // The register's own defaults, as documents.create would fill them.
      const newTitle = (input.title ?? title ?? input.fileName.replace(/\.docx$/i, '')).slice(0, 200);
      if (input.onTitleMatch === 'ask') await refuseSameTitle(trx, newTitle);
      const entry = contract['documents.create'].input.parse({
        number: input.number,
        title: newTitle,
        type: input.type,
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
    const revision = await getRevisionRow(ctx.backend.store.db, input.revisionId);
    await assertReadable(ctx.backend.store.db, callerOf(ctx), revision);
    // A file-bodied revision gives back the original file, as it was approved.
    if (revision.attachment_id) {
      const file = await readAttachment(ctx.backend.store.db, revision.attachment_id);
      return { fileName: file.name, base64: file.data.toString('base64') };
    }
    const { fileName, data } = await exportRevision(ctx.backend.store.db, revision, input.style);
    return { fileName, base64: data.toString('base64') };
  },

  async 'word.import'(input, ctx) {
    callerOf(ctx);
    return importDocx(ctx, input, Buffer.from(input.base64, 'base64'));
  },
};
