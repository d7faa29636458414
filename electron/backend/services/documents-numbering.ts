import type { Kysely } from 'kysely';
import { now } from '../clock';
import { formatNumber, sequenceKey, type NumberVars } from '../../../shared/documents/numbering';
import type { DocumentType } from '../../../shared/documents/types';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { readSettings } from './settings';

export async function numberTaken(db: Kysely<Database>, number: string, except?: string): Promise<boolean> {
  let q = db.selectFrom('documents').select('id').where('number', '=', number);
  if (except) q = q.where('id', '!=', except);
  return (await q.executeTakeFirst()) !== undefined;
}

async function plan(db: Kysely<Database>, type: DocumentType, departmentId: string | null) {
  const { documentNumberPattern: pattern } = await readSettings(db);
  let deptCode: string | null = null;
  if (departmentId) {
    const dept = await db.selectFrom('departments').select('code').where('id', '=', departmentId).executeTakeFirst();
    if (!dept) throw notFound('department', departmentId);
    deptCode = dept.code;
  }
  const vars: NumberVars = { type, year: now().getFullYear(), deptCode };
  const key = sequenceKey(pattern, vars);
  const row = await db.selectFrom('number_sequences').select('value').where('key', '=', key).executeTakeFirst();
  let seq = row?.value ?? 0;
  let number: string;
  // Skips numbers someone typed by hand.
  do number = formatNumber(pattern, vars, ++seq);
  while (await numberTaken(db, number));
  return { key, seq, number };
}

/** What the next document of this type would be numbered, without taking the number. */
export async function previewNumber(db: Kysely<Database>, type: DocumentType, departmentId: string | null): Promise<string> {
  return (await plan(db, type, departmentId)).number;
}

/** Takes the next number; call inside the creating transaction. */
export async function takeNumber(trx: Kysely<Database>, type: DocumentType, departmentId: string | null): Promise<string> {
  const { key, seq, number } = await plan(trx, type, departmentId);
  await trx
    .insertInto('number_sequences')
    .values({ key, value: seq })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: seq }))
    .execute();
  return number;
}
