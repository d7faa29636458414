import { z } from 'zod';
import { contract } from '../../shared/api/contract';

/** GET /rpc: every method with who may call it and its input and output JSON Schema. */
export function rpcCatalog() {
  return Object.entries(contract).map(([name, def]) => ({
    method: name,
    roles: def.roles,
    mutates: def.mutates,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
  }));
}
