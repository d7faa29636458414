import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/editor/structure';
import type { CoverSignatures, HistoryEntry } from '../../../shared/word/cover';
import type { SignatureMeaning } from '../../../shared/signatures/contract';
import type { Database, RevisionRow } from '../db/schema';
import { signaturesOf } from './signatures';

const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

/**
 * The cover's 编制 / 审核 / 批准 from the revision's signatures that count (not void): the latest of each meaning
 * (a 会签 countersignature stands for 审核 when there is no 审核), and the author when there is no 编制 signature
 * (revisions submitted before routes existed).
 */
export async function coverSignatures(db: Kysely<Database>, revisionId: string): Promise<CoverSignatures> {
  const revision = await db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.author_id')
    .select(['users.display_name as author', 'revisions.created_at'])
    .where('revisions.id', '=', revisionId)
    .executeTakeFirst();
  const signatures = (await signaturesOf(db, 'revision', revisionId)).reverse();
  const latest = (...meanings: SignatureMeaning[]) => {
    for (const meaning of meanings) {
      const s = signatures.find((x) => x.meaning === meaning);
      if (s) return { name: s.signerName, date: day(s.signedAt) };
    }
    return null;
  };
  return {
    authored: latest('authored') ?? (revision?.author ? { name: revision.author, date: day(revision.created_at) } : null),
    reviewed: latest('reviewed', 'countersigned'),
    approved: latest('approved'),
  };
}

/** The 修订记录: each revision that took effect up to this one, and this one, oldest first. */
export async function revisionHistory(db: Kysely<Database>, revision: RevisionRow, language: Language): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.author_id')
    .select(['revisions.id', 'revisions.label', 'revisions.status', 'revisions.effective_date', 'revisions.change_reason', 'revisions.created_at', 'users.display_name as author'])
    .where('revisions.document_id', '=', revision.document_id)
    .where('revisions.revision_no', '<=', revision.revision_no)
    .where((eb) => eb.or([eb('revisions.status', 'in', ['effective', 'superseded', 'obsolete']), eb('revisions.id', '=', revision.id)]))
    .orderBy('revisions.revision_no')
    .execute();
  const first = language === 'zh-CN' ? '首次发布' : 'First issue';
  return rows.map((r, i) => ({
    version: r.label,
    date: r.effective_date ?? day(r.created_at),
    reason: r.change_reason ?? (i === 0 ? first : ''),
    author: r.author ?? '',
  }));
}
