// Full-text search at 20k documents with Chinese regulation bodies: 3+ character queries (trigram index,
// target p95 < 20 ms) and 1–2 character queries (character-pair index, target p95 < 60 ms), through the
// full dispatch, each against a plain LIKE scan of the same data.
import { uuidv7 } from 'uuidv7';
import { contentText } from '../../shared/editor/content';
import { templateContent } from '../../shared/templates/catalog';
import { dispatch } from '../../electron/backend/dispatch';
import { grams } from '../../electron/backend/services/search-index';
import { openTestBackend } from '../helpers/backend';
import { generateDocuments } from './generate';
import { measure, ms } from './measure';

const SENTENCES = (['service-quality-regulation', 'quality-manual'] as const)
  .flatMap((id) => contentText(templateContent(id, 'zh-CN'), 'zh-CN'))
  .map((line) => line.replace(/^第[一二三四五六七八九十百]+[章条]\u3000/, ''))
  .filter((line) => line.length > 12);

function prng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** A backend with `count` documents whose effective revisions have Chinese regulation text. */
export async function benchSearchSetup(count: number) {
  const t = openTestBackend();
  t.backend.checkOutputs = false;
  const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
  if (!setup.ok) throw new Error(setup.error.message);
  const session = setup.data as { token: string; user: { id: string; displayName: string } };
  const sqlite = t.backend.store.sqlite;
  console.log(`Generating ${count.toLocaleString('en')} documents with Chinese bodies …`);
  const started = Date.now();
  generateDocuments(sqlite, count, { id: session.user.id, displayName: session.user.displayName });
  const rand = prng(7);
  const insertRevision = sqlite.prepare(
    `INSERT INTO revisions (id, document_id, revision_no, label, status, content, content_hash, body_text, author_id, version, created_at, updated_at)
     VALUES (?, ?, 1, 'A/0', 'effective', '{}', '', ?, NULL, 1, 'x', 'x')`,
  );
  const insertMap = sqlite.prepare('INSERT INTO document_search_map (document_id) VALUES (?)');
  const insertSearch = sqlite.prepare('INSERT INTO document_search (rowid, number, title, body) VALUES (?, ?, ?, ?)');
  const insertGrams = sqlite.prepare('INSERT INTO document_search_grams (rowid, grams) VALUES (?, ?)');
  let chars = 0;
  sqlite.transaction(() => {
    for (const d of sqlite.prepare('SELECT id, number, title FROM documents').all() as { id: string; number: string; title: string }[]) {
      const lines = Array.from({ length: 25 + Math.floor(rand() * 40) }, () => SENTENCES[Math.floor(rand() * SENTENCES.length)]!);
      const body = lines.join('\n');
      chars += body.length;
      insertRevision.run(uuidv7(), d.id, body);
      const rowid = Number(insertMap.run(d.id).lastInsertRowid);
      insertSearch.run(rowid, d.number, d.title, body);
      insertGrams.run(rowid, grams(body));
    }
  })();
  sqlite.pragma('optimize');
  console.log(`  ${(chars / count).toFixed(0)} characters a body on average; generated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return { t, session };
}

export async function benchSearch(count: number, runs: number): Promise<boolean> {
  const { t, session } = await benchSearchSetup(count);
  const sqlite = t.backend.store.sqlite;

  const countLike = sqlite.prepare(
    `SELECT count(*) FROM documents d JOIN revisions r ON r.document_id = d.id
     WHERE d.number LIKE @p OR d.title LIKE @p OR r.body_text LIKE @p`,
  );
  const pageLike = sqlite.prepare(
    `SELECT d.id, d.number, d.title FROM documents d JOIN revisions r ON r.document_id = d.id
     WHERE d.number LIKE @p OR d.title LIKE @p OR r.body_text LIKE @p LIMIT 20`,
  );
  const groups = [
    { name: '3+ characters (trigram index)', target: 20, queries: ['服务质量', '客户满意度', '神秘顾客', '纠正措施', '首问负责制', '管理评审', '作业指导书', '可追溯'] },
    { name: '1–2 characters (pair index)', target: 60, queries: ['诉', '培训', '暗访', '质', '评审', '记录', '目标'] },
  ];
  console.log(`${'queries'.padEnd(34)}${'LIKE p50'.padStart(11)}${'LIKE p95'.padStart(11)}${'api p50'.padStart(11)}${'api p95'.padStart(11)}   p95 ratio   target`);
  let allMet = true;
  for (const g of groups) {
    const q = (i: number) => g.queries[i % g.queries.length]!;
    const like = await measure(Math.min(runs, 40), (i) => {
      const p = `%${q(i)}%`;
      return [countLike.get({ p }), pageLike.all({ p })];
    });
    const api = await measure(runs, async (i) => {
      const r = await dispatch(t.backend, 'search.documents', { q: q(i) }, { sessionToken: session.token, locale: 'zh-CN' });
      if (!r.ok) throw new Error(r.error.message);
    });
    const met = api.p95 < g.target;
    allMet &&= met;
    console.log(
      `${g.name.padEnd(34)}${ms(like.p50)}${ms(like.p95)}${ms(api.p50)}${ms(api.p95)}   ${(api.p95 / like.p95).toFixed(3).padStart(6)}×    ${met ? 'met' : 'MISSED'} (< ${g.target} ms)`,
    );
  }
  await t.close();
  return allMet;
}
