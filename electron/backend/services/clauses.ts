import type { Kysely } from 'kysely';
import { CLAUSE_NUMBERS, type Clause } from '../../../shared/clauses/iso9001';
import type { Database } from '../db/schema';

/** The clauses that apply to this organisation (every clause not excluded in clause_scope), in clause order. */
export async function applicableClauses(db: Kysely<Database>): Promise<Clause[]> {
  const excluded = await db.selectFrom('clause_scope').select('clause').where('applicable', '=', 0).execute();
  const out = new Set(excluded.map((r) => r.clause));
  return CLAUSE_NUMBERS.filter((c) => !out.has(c));
}
