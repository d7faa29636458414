import type BetterSqlite3 from 'better-sqlite3';
import type { ChainReport } from '../../../shared/audit/contract';
import type { AuditLogTable } from '../db/schema';
import { GENESIS_HASH, hashEntry } from './trail';

const MAX_PROBLEMS = 1000;

/**
 * Walks the whole chain: an edited, inserted or removed entry breaks a hash, a link or the sequence. Each
 * entry is hashed with the formula of its own format. A field kit's trail starts from its seal, not zeros.
 */
export function verifyChain(sqlite: BetterSqlite3.Database, genesis = GENESIS_HASH): ChainReport {
  const problems: ChainReport['problems'] = [];
  const report = (seq: number, problem: ChainReport['problems'][number]['problem']) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ seq, problem });
  };
  let prevSeq = 0;
  let prevHash = genesis;
  let checked = 0;
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditLogTable>;
  for (const row of rows) {
    checked++;
    if (row.seq !== prevSeq + 1) report(row.seq, 'gap');
    if (row.prev_hash !== prevHash) report(row.seq, 'link');
    const { hash, ...rest } = row;
    if (hashEntry(rest) !== hash) report(row.seq, 'hash');
    prevSeq = row.seq;
    prevHash = hash;
  }
  const head = sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  if (!head || head.seq !== prevSeq || head.hash !== prevHash) report(head?.seq ?? prevSeq, 'head');
  return { intact: problems.length === 0, checked, problems };
}
