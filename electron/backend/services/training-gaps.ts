import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The competence gap: what a person's positions (and individual requirements) require against what their
 * training records show. Per person and required topic, the latest session attended and not failed decides:
 *   never       — no such session;
 *   superseded  — the topic is a controlled document whose revision in force is newer than the one trained on;
 *   expired     — the topic has a validity period and it has run out;
 *   ok          — otherwise.
 * One SQL query per question, so the dispatch path and the benchmark's raw statement run the same computation.
 */
export const GAP_STATUSES = ['never', 'superseded', 'expired', 'ok'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/** The people of a unit and its sub-units, by their home unit (the unit of their primary position). */
const unitPeople = (unitId: string) => sql`
  units(id) AS (SELECT ${unitId} UNION SELECT d.id FROM departments d JOIN units u ON d.parent_id = u.id),
  unit_people(id, name, unit_id, user_id) AS (
    SELECT p.id, p.name, hp.department_id, p.user_id
      FROM people p
      JOIN person_positions home ON home.person_id = p.id AND home.is_primary = 1
      JOIN positions hp ON hp.id = home.position_id
     WHERE p.active = 1 AND hp.department_id IN (SELECT id FROM units))`;

/**
 * The status of every (person, required topic) of `who` (a CTE named `who` with column id). For a few people
 * the latest session is looked up per pair (index on attendance by person); for a whole organisation one
 * pass ranks every attendance (a window function), which is far cheaper than thousands of lookups.
 */
const latestOf = (grouped: boolean) =>
  grouped
    ? sql`latest(person_id, topic_id, session_id) AS (
    SELECT q.person_id, q.topic_id, b.session_id FROM req q LEFT JOIN (
      SELECT person_id, topic_id, session_id FROM (
        SELECT ta.person_id, ts.topic_id, ts.id AS session_id,
               ROW_NUMBER() OVER (PARTITION BY ta.person_id, ts.topic_id ORDER BY ts.held_on DESC, ts.created_at DESC) AS rn
          FROM training_attendance ta JOIN training_sessions ts ON ts.id = ta.session_id WHERE ta.result <> 'failed') ranked
       WHERE rn = 1) b ON b.person_id = q.person_id AND b.topic_id = q.topic_id)`
    : sql`latest(person_id, topic_id, session_id) AS (
    SELECT q.person_id, q.topic_id,
           (SELECT ts.id FROM training_attendance ta JOIN training_sessions ts ON ts.id = ta.session_id
             WHERE ta.person_id = q.person_id AND ts.topic_id = q.topic_id AND ta.result <> 'failed'
             ORDER BY ts.held_on DESC, ts.created_at DESC LIMIT 1)
      FROM req q)`;

const statusOf = (today: string, grouped = false) => sql`
  req(person_id, topic_id) AS (
    SELECT pp.person_id, pt.topic_id FROM who JOIN person_positions pp ON pp.person_id = who.id JOIN position_topics pt ON pt.position_id = pp.position_id
    UNION SELECT r.person_id, r.topic_id FROM who JOIN training_requirements r ON r.person_id = who.id),
  ${latestOf(grouped)},
  gaps(person_id, topic_id, held_on, expires_on, status) AS (
    SELECT l.person_id, l.topic_id, s.held_on,
           CASE WHEN t.validity_months IS NOT NULL AND s.held_on IS NOT NULL THEN date(s.held_on, '+' || t.validity_months || ' months') END,
           CASE WHEN s.id IS NULL THEN 'never'
                WHEN cur.id IS NOT NULL AND (CASE WHEN s.revision_id IS NULL THEN s.held_on < cur.effective_date ELSE s.revision_id <> cur.id END) THEN 'superseded'
                WHEN t.validity_months IS NOT NULL AND date(s.held_on, '+' || t.validity_months || ' months') < ${today} THEN 'expired'
                ELSE 'ok' END
      FROM latest l
      JOIN training_topics t ON t.id = l.topic_id
      LEFT JOIN training_sessions s ON s.id = l.session_id
      LEFT JOIN revisions cur ON cur.document_id = t.document_id AND cur.status = 'effective')`;

export interface GapCell {
  personId: string;
  topicId: string;
  title: string;
  heldOn: string | null;
  expiresOn: string | null;
  status: GapStatus;
}

/** A page of a unit's people (by name) with every topic each needs and its status: one query. */
export function matrixPeoplePageQuery(unitId: string, today: string, limit: number, offset: number): RawBuilder<GapCell & { name: string; unitId: string; hasLogin: number }> {
  const grouped = limit > 500;
  return sql`WITH RECURSIVE ${unitPeople(unitId)},
    page(id, name, unit_id, user_id) AS (SELECT id, name, unit_id, user_id FROM unit_people ORDER BY name, id LIMIT ${limit} OFFSET ${offset}),
    who(id) AS (SELECT id FROM page),
    ${statusOf(today, grouped)}
    SELECT page.id AS "personId", page.name AS name, page.unit_id AS "unitId", (page.user_id IS NOT NULL) AS "hasLogin",
           g.topic_id AS "topicId", t.title AS title, g.held_on AS "heldOn", g.expires_on AS "expiresOn", g.status AS status
      FROM page LEFT JOIN gaps g ON g.person_id = page.id LEFT JOIN training_topics t ON t.id = g.topic_id
     ORDER BY page.name, page.id, t.title`;
}

export const unitPeopleCount = (unitId: string) => sql<{ n: number }>`WITH RECURSIVE ${unitPeople(unitId)} SELECT COUNT(*) AS n FROM unit_people`;

export interface UnitGapCount {
  unitId: string;
  unitName: string;
  people: number;
  peopleWithGaps: number;
  never: number;
  superseded: number;
  expired: number;
}

/** Gap counts per home unit within a unit's subtree: one query. */
export function unitCountsQuery(unitId: string, today: string): RawBuilder<UnitGapCount> {
  return sql`WITH RECURSIVE ${unitPeople(unitId)},
    who(id) AS (SELECT id FROM unit_people),
    ${statusOf(today, true)},
    per_person(person_id, never, superseded, expired) AS (
      SELECT person_id, SUM(status = 'never'), SUM(status = 'superseded'), SUM(status = 'expired') FROM gaps GROUP BY person_id)
    SELECT up.unit_id AS "unitId", CASE WHEN pd.kind = 'organisation' OR pd.id IS NULL THEN d.name ELSE pd.name || ' / ' || d.name END AS "unitName", COUNT(*) AS people,
           SUM(COALESCE(pp.never + pp.superseded + pp.expired, 0) > 0) AS "peopleWithGaps",
           COALESCE(SUM(pp.never), 0) AS never, COALESCE(SUM(pp.superseded), 0) AS superseded, COALESCE(SUM(pp.expired), 0) AS expired
      FROM unit_people up JOIN departments d ON d.id = up.unit_id LEFT JOIN departments pd ON pd.id = d.parent_id LEFT JOIN per_person pp ON pp.person_id = up.id
     GROUP BY up.unit_id, d.name, pd.name, pd.kind, pd.id
     ORDER BY "peopleWithGaps" DESC, d.name_sort`;
}

/** One person's required topics and their status (the inbox's training tasks, a person's own record). */
export function personGapsQuery(personId: string, today: string): RawBuilder<GapCell> {
  return sql`WITH who(id) AS (SELECT ${personId}), ${statusOf(today)}
    SELECT g.person_id AS "personId", g.topic_id AS "topicId", t.title AS title, g.held_on AS "heldOn", g.expires_on AS "expiresOn", g.status AS status
      FROM gaps g JOIN training_topics t ON t.id = g.topic_id ORDER BY t.title`;
}

export async function personGaps(db: Kysely<Database>, personId: string, today: string): Promise<GapCell[]> {
  return (await personGapsQuery(personId, today).execute(db)).rows;
}

/** Everyone active with at least one gap: one query (what the inbox re-checks when the organisation changes). */
export const peopleWithGapsQuery = (today: string) =>
  sql<{ personId: string }>`WITH who(id) AS (SELECT id FROM people WHERE active = 1), ${statusOf(today, true)}
    SELECT DISTINCT person_id AS "personId" FROM gaps WHERE status <> 'ok'`;

/**
 * The people whose stored 'training' tasks differ from what they owe now: each gap goes to the person's login,
 * else to the nearest present head with a login above their home unit (as the inbox provider assigns it). The
 * inbox re-checks only these when the organisation changes, instead of every person with a gap.
 */
export const trainingTasksOutOfStep = (today: string) =>
  sql<{ personId: string }>`WITH RECURSIVE who(id) AS (SELECT id FROM people WHERE active = 1),
    ${statusOf(today, true)},
    chain(unit_id, at_id, depth) AS (
      SELECT id, id, 0 FROM departments
      UNION ALL SELECT c.unit_id, d.parent_id, c.depth + 1 FROM chain c JOIN departments d ON d.id = c.at_id WHERE d.parent_id IS NOT NULL AND c.depth < 50),
    unit_head(unit_id, user_id) AS (
      SELECT d.id, (SELECT hp.user_id FROM chain c JOIN departments a ON a.id = c.at_id JOIN people hp ON hp.id = a.head_person_id
                     WHERE c.unit_id = d.id AND hp.user_id IS NOT NULL AND hp.absent = 0 ORDER BY c.depth LIMIT 1)
        FROM departments d),
    home(person_id, unit_id, user_id) AS (
      SELECT p.id,
             (SELECT po.department_id FROM person_positions pp JOIN positions po ON po.id = pp.position_id WHERE pp.person_id = p.id ORDER BY pp.is_primary DESC LIMIT 1),
             (SELECT u.id FROM users u WHERE u.id = p.user_id AND u.active = 1)
        FROM people p WHERE p.active = 1),
    desired(person_id, topic_id, assignee) AS (
      SELECT g.person_id, g.topic_id, COALESCE(h.user_id, uh.user_id)
        FROM gaps g JOIN home h ON h.person_id = g.person_id LEFT JOIN unit_head uh ON uh.unit_id = h.unit_id
       WHERE g.status <> 'ok' AND COALESCE(h.user_id, uh.user_id) IS NOT NULL),
    stored(person_id, topic_id, assignee) AS (
      SELECT entity_id, detail, assignee_id FROM tasks WHERE entity_type = 'training' AND closed_at IS NULL)
    SELECT person_id AS "personId" FROM (SELECT * FROM desired EXCEPT SELECT * FROM stored)
    UNION SELECT person_id FROM (SELECT * FROM stored EXCEPT SELECT * FROM desired)`;
