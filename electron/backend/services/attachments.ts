import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Attachment } from '../../../shared/attachments/contract';
import { ATTACHMENT_TYPES, isImageType, type AttachmentType } from '../../../shared/attachments/types';
import { imageSize, sniff } from '../attachments/sniff';
import { thumbnailOf } from '../attachments/thumbnail';
import { callerOf, inTransaction, nowIso, type Audit, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { readSettings } from './settings';

type Row = Database['attachments'];

const toAttachment = (r: Omit<Row, 'data' | 'thumbnail'> & { has_thumbnail: number }): Attachment => ({
  id: r.id,
  name: r.name,
  mediaType: r.media_type,
  size: r.size,
  sha256: r.sha256,
  width: r.width,
  height: r.height,
  hasThumbnail: r.has_thumbnail === 1,
  createdAt: r.created_at,
});

const META = ['id', 'name', 'media_type', 'size', 'sha256', 'width', 'height', 'created_by', 'version', 'created_at', 'updated_at'] as const;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const extensionOf = (name: string) => /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? null;

/** A file checked and prepared outside any transaction (type by content, size, thumbnail). */
export interface PreparedFile {
  name: string;
  data: Buffer;
  sha256: string;
  mediaType: AttachmentType;
  width: number | null;
  height: number | null;
  thumbnail: Buffer | null;
}

/** Refuses what the store must not hold, with the reason in the user's words; decodes nothing big. */
export async function prepareFile(db: Kysely<Database>, name: string, data: Buffer): Promise<PreparedFile> {
  if (data.length === 0) throw new AppError('VALIDATION', 'attachments.empty', { name });
  const { attachmentMaxBytes } = await readSettings(db);
  if (data.length > attachmentMaxBytes)
    throw new AppError('VALIDATION', 'attachments.tooLarge', { name, size: megabytes(data.length), limit: megabytes(attachmentMaxBytes) }, { reason: 'tooLarge' });
  const found = sniff(data);
  if (found.kind !== 'accepted') {
    if (found.kind === 'refused') throw new AppError('VALIDATION', 'attachments.typeRefused', { name }, { reason: 'type', detected: found.description });
    throw new AppError('VALIDATION', `attachments.${found.kind}`, { name }, { reason: found.kind });
  }
  const mediaType = found.mediaType as AttachmentType;
  const ext = extensionOf(name);
  const allowed: readonly string[] = ATTACHMENT_TYPES[mediaType];
  if (ext !== null && !allowed.includes(ext))
    throw new AppError('VALIDATION', 'attachments.disguised', { name, actual: allowed[0]!.toUpperCase() }, { reason: 'disguised', detected: mediaType });
  const size = isImageType(mediaType) ? imageSize(data, mediaType) : null;
  return {
    name,
    data,
    sha256: createHash('sha256').update(data).digest('hex'),
    mediaType,
    width: size?.width ?? null,
    height: size?.height ?? null,
    thumbnail: size ? await thumbnailOf(data, size) : null,
  };
}

/**
 * Stores a prepared file inside the caller's transaction, once per content: the same bytes uploaded again
 * answer the attachment that holds them.
 */
export async function storeFile(
  trx: Kysely<Database>,
  audit: Audit,
  caller: Caller | null,
  file: PreparedFile,
): Promise<{ attachment: Attachment; existed: boolean }> {
  const existing = await findMeta(trx).where('sha256', '=', file.sha256).executeTakeFirst();
  if (existing) return { attachment: toAttachment(existing), existed: true };
  const now = nowIso();
  const row: Row = {
    id: uuidv7(),
    sha256: file.sha256,
    size: file.data.length,
    media_type: file.mediaType,
    name: file.name,
    data: file.data,
    width: file.width,
    height: file.height,
    thumbnail: file.thumbnail,
    created_by: caller?.id ?? null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('attachments').values(row).execute();
  await audit({
    entity: 'attachment',
    entityId: row.id,
    action: 'upload',
    after: { name: row.name, mediaType: row.media_type, size: row.size, sha256: row.sha256 },
  });
  return { attachment: toAttachment({ ...row, has_thumbnail: row.thumbnail ? 1 : 0 }), existed: false };
}

const findMeta = (db: Kysely<Database>) =>
  db.selectFrom('attachments').select([...META, (eb) => eb('thumbnail', 'is not', null).$castTo<number>().as('has_thumbnail')]);

export async function readAttachment(db: Kysely<Database>, id: string): Promise<Attachment & { data: Buffer }> {
  const row = await findMeta(db).select('data').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('attachment', id);
  return { ...toAttachment(row), data: row.data };
}

export const attachmentsHandlers: Handlers<DomainMethods<'attachments'>> = {
  async 'attachments.upload'(input, ctx) {
    const file = await prepareFile(ctx.backend.store.db, input.name, Buffer.from(input.dataBase64, 'base64'));
    const { attachment, existed } = await inTransaction(ctx, (trx, audit) => storeFile(trx, audit, callerOf(ctx), file));
    return { ...attachment, existed };
  },
  async 'attachments.get'(input, ctx) {
    const { data, ...meta } = await readAttachment(ctx.backend.store.db, input.id);
    return { ...meta, dataBase64: data.toString('base64') };
  },
  async 'attachments.thumbnail'(input, ctx) {
    const row = await ctx.backend.store.db.selectFrom('attachments').select('thumbnail').where('id', '=', input.id).executeTakeFirst();
    if (!row) throw notFound('attachment', input.id);
    if (!row.thumbnail) throw new AppError('NOT_FOUND', 'attachments.noThumbnail');
    return { mediaType: 'image/png', dataBase64: row.thumbnail.toString('base64') };
  },
};
