import type { Kysely } from 'kysely';
import type { TitleMatch } from '../../../shared/word/title-match';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/** Refuses, with the document in the error's details, a Word import whose title a document in use already has. */
export async function refuseSameTitle(db: Kysely<Database>, title: string): Promise<void> {
  const same = await db
    .selectFrom('documents')
    .select(['id', 'number', 'title'])
    .where('title', '=', title.trim())
    .where('status', '!=', 'obsolete')
    .orderBy('number')
    .executeTakeFirst();
  if (!same) return;
  const match: TitleMatch = { documentId: same.id, number: same.number, title: same.title };
  throw new AppError('CONFLICT', 'word.titleExists', { number: same.number, title: same.title }, match);
}
