import type { Kysely } from 'kysely';
import type { CapaSource } from '../../../shared/capa/contract';
import type { CapaState } from '../../../shared/capa/lifecycle';
import type { Audit, Caller } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/**
 * Where corrective actions come from. Source types with records (audit findings, complaints, missed objectives,
 * review outputs) register here from their own module; the rest (external audit, inspection, other) carry a text
 * reference only. Linking a source id of an unregistered type, or one that does not exist, is refused.
 */
export interface CapaSourceDef {
  exists(db: Kysely<Database>, id: string): Promise<boolean>;
  describe(db: Kysely<Database>, id: string): Promise<{ ref: string; title: string; link: string }>;
  /** What "raise corrective action" fills in from the source record. */
  prefill?(db: Kysely<Database>, id: string): Promise<CapaPrefill>;
  /** Who besides quality managers may raise one from the record (e.g. the audited unit's head for a finding). */
  mayRaise?(db: Kysely<Database>, caller: Caller, id: string): Promise<boolean>;
  /** Called in the transaction that creates a corrective action for the record (a finding notes its capa_id). */
  linked?(trx: Kysely<Database>, audit: Audit, id: string, capaId: string): Promise<void>;
}
export interface CapaPrefill {
  title: string;
  unitId: string;
  problem: string;
  severity: 'minor' | 'major' | 'critical';
  evidenceIds: string[];
}

const sources = new Map<string, CapaSourceDef>();
export const registerCapaSource = (type: CapaSource, def: CapaSourceDef) => void sources.set(type, def);
export const capaSourceDef = (type: string) => sources.get(type) ?? null;

/** Checks a source link before anything is written. */
export async function assertSource(db: Kysely<Database>, type: string, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const def = sources.get(type);
  if (!def) throw new AppError('VALIDATION', 'capa.sourceNotLinkable', { type });
  if (!(await def.exists(db, id))) throw new AppError('NOT_FOUND', 'capa.sourceMissing', { type, id });
}

/** The corrective actions raised from one source record (for the source's page and its close guard). */
export async function capaForSource(db: Kysely<Database>, type: string, id: string) {
  const rows = await db.selectFrom('capas').select(['id', 'number', 'status']).where('source_type', '=', type).where('source_id', '=', id).orderBy('number').execute();
  return rows.map((r) => ({ id: r.id, number: r.number, status: r.status as CapaState }));
}
