import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { Backend } from '../context';

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

/** Every major and minor nonconformity of the demo's closed audits gets its corrective action, as the rule wants. */
export async function loadDemoFindingCapa(backend: Backend, call: Call): Promise<void> {
  const findings = await backend.store.db
    .selectFrom('audit_findings as f')
    .innerJoin('audits as a', 'a.id', 'f.audit_id')
    .select('f.id')
    .where('a.status', '=', 'closed')
    .where('f.grade', 'in', ['major', 'minor'])
    .where('f.status', '<>', 'withdrawn')
    .where('f.capa_id', 'is', null)
    .orderBy('f.seq')
    .execute();
  for (const f of findings) await call('capa.raiseFromSource', { sourceType: 'audit_finding', sourceId: f.id });
}
