import { Packer } from 'docx';
import { contentSchema } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { buildWordDocument } from '../../../shared/word/build';
import { callerOf, inTransaction, type DomainMethods, type Handlers } from '../context';
import { AppError, notFound } from '../errors';
import { insertDocument } from './documents';
import { getRevisionRow } from './revision-rows';
import { assertReadable, insertDraft } from './revisions';
import { readSettings } from './settings';
import { importWord } from './word-import';

/** A file name Windows, macOS and Linux all accept. */
const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 150);

export const wordHandlers: Handlers<DomainMethods<'word'>> = {
  async 'word.export'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const revision = await getRevisionRow(db, input.revisionId);
    assertReadable(me, revision.status);
    const parsed = contentSchema.safeParse(JSON.parse(revision.content));
    if (!parsed.success) throw new AppError('CONFLICT', 'revisions.contentInvalid', { reason: parsed.error.issues[0]!.message });
    const doc = await db.selectFrom('documents').selectAll().where('id', '=', revision.document_id).executeTakeFirst();
    if (!doc) throw notFound('document', revision.document_id);
    const approval = await db
      .selectFrom('signatures')
      .select('signer_name')
      .where('revision_id', '=', revision.id)
      .where('meaning', '=', 'approved')
      .orderBy('signed_at', 'desc')
      .executeTakeFirst();
    const { organisationName } = await readSettings(db);
    const word = buildWordDocument(parsed.data, doc.language as Language, input.style, {
      number: doc.number,
      title: doc.title,
      revision: revision.label,
      status: revision.status,
      effectiveDate: revision.effective_date,
      approver: approval?.signer_name ?? null,
      organisation: organisationName,
    });
    return { fileName: safeFileName(`${doc.number} ${doc.title} ${revision.label}.docx`), base64: await Packer.toBase64String(word) };
  },

  async 'word.import'(input, ctx) {
    const me = callerOf(ctx);
    // Converted before anything is written: a file that is not Word creates nothing.
    const { content, report, title } = await importWord(Buffer.from(input.base64, 'base64'));
    return inTransaction(ctx, async (trx, audit) => {
      let documentId = input.documentId;
      if (!documentId) {
        const created = await insertDocument(trx, audit, me.id, {
          number: input.number,
          title: input.title ?? title ?? input.fileName.replace(/\.docx$/i, ''),
          type: input.type,
          departmentId: null,
          ownerId: me.id,
          status: 'draft',
          versionLabel: 'A/0',
          effectiveDate: null,
          nextReviewDate: null,
          tags: [],
          reviewIntervalMonths: 12,
          language: /[\u4e00-\u9fff]/.test(JSON.stringify(content)) ? 'zh-CN' : 'en',
          approverIds: [],
        });
        documentId = created.id;
      }
      const revisionId = await insertDraft(trx, audit, me.id, documentId, content, { from: `word:${input.fileName}` });
      return { documentId, revisionId, report };
    });
  },
};
