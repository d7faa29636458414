import { contentSchema } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { buildWordDocument } from '../../../shared/word/build';
import { packWord } from '../../../shared/word/pack';
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
import { importWord } from './word-import';

/** A file name Windows, macOS and Linux all accept. */
const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, '_').slice(0, 150);

/** A revision as a .docx; the caller decides who may read it. */
export async function exportRevision(db: Kysely<Database>, revision: RevisionRow, style: WordStyle): Promise<{ fileName: string; data: Buffer }> {
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
  const word = buildWordDocument(parsed.data, doc.language as Language, { style }, {
    number: doc.number,
    title: doc.title,
    revision: revision.label,
    status: revision.status,
    effectiveDate: revision.effective_date,
    approver: approval?.signer_name ?? null,
    organisation: organisationName,
  });
  return { fileName: safeFileName(`${doc.number} ${doc.title} ${revision.label}.docx`), data: Buffer.from(await packWord(word)) };
}

/** A .docx as a new draft: of `documentId`, or of a new register entry. Converted before anything is written. */
export async function importDocx(ctx: ServiceContext, input: Omit<ParsedInput<'word.import'>, 'base64'>, data: Buffer, actor: Actor | null = ctx.caller) {
  const { content, report, title } = await importWord(data);
  const userId = actor?.id ?? null;
  return inTransaction(ctx, async (trx, audit) => {
    let documentId = input.documentId;
    if (!documentId) {
      // The register's own defaults, as documents.create would fill them.
      const entry = contract['documents.create'].input.parse({
        number: input.number,
        title: (input.title ?? title ?? input.fileName.replace(/\.docx$/i, '')).slice(0, 200),
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
    const { fileName, data } = await exportRevision(ctx.backend.store.db, revision, input.style);
    return { fileName, base64: data.toString('base64') };
  },

  async 'word.import'(input, ctx) {
    callerOf(ctx);
    return importDocx(ctx, input, Buffer.from(input.base64, 'base64'));
  },
};
