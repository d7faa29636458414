import { uuidv7 } from 'uuidv7';
import type { MigrationStep } from './index';

/**
 * Positions carried their training topics as free text (a JSON list of strings). Each distinct title becomes a
 * training topic and each position is linked to its topics; the text column stays as it was (frozen in time:
 * raw SQL only).
 */
export const readingAndTrainingStep: MigrationStep = (sqlite, report) => {
  const positions = sqlite.prepare('SELECT id, training_topics FROM positions ORDER BY created_at, id').all() as { id: string; training_topics: string }[];
  const findTopic = sqlite.prepare('SELECT id FROM training_topics WHERE title = ? COLLATE NOCASE');
  const insertTopic = sqlite.prepare('INSERT INTO training_topics (id, title, document_id, validity_months, version, created_at, updated_at) VALUES (?, ?, NULL, NULL, 1, ?, ?)');
  const link = sqlite.prepare('INSERT OR IGNORE INTO position_topics (position_id, topic_id) VALUES (?, ?)');
  const now = new Date().toISOString();
  let topics = 0;
  let links = 0;
  for (const p of positions) {
    let titles: unknown;
    try {
      titles = JSON.parse(p.training_topics);
    } catch {
      report({ entity: 'position', entityId: p.id, message: 'training topics are not a JSON list; left unlinked', details: { text: p.training_topics } });
      continue;
    }
    if (!Array.isArray(titles)) continue;
    for (const raw of titles) {
      const title = typeof raw === 'string' ? raw.trim() : '';
      if (!title) continue;
      let topic = (findTopic.get(title) as { id: string } | undefined)?.id;
      if (!topic) {
        topic = uuidv7();
        insertTopic.run(topic, title.slice(0, 200), now, now);
        topics++;
      }
      links += link.run(p.id, topic).changes;
    }
  }
  if (topics) report({ entity: 'training_topic', message: `${topics} training topics made from the positions' free text, ${links} links` });
};
