import { contract, type MethodName, type Output, type ParsedInput } from '../../shared/api/contract';
import type { ApiResult, ErrorCode, Locale } from '../../shared/api/envelope';

/** A refusal the fake backend answers with, as the real one would. */
export class Refusal {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
    readonly details?: unknown,
  ) {}
}

type Handlers = { [M in MethodName]?: (input: ParsedInput<M>) => Output<M> | Refusal | Promise<Output<M> | Refusal> };

export interface RecordedCall {
  method: MethodName;
  input: unknown;
  session: string | null;
  locale: Locale;
}

/**
 * Stands in for the Electron preload bridge (window.qms.invoke). Inputs are checked against the
 * contract, exactly as dispatch does, and every answer is parsed with the method's output schema,
 * so a fixture that drifts from the contract fails the test instead of passing silently.
 */
export function installFakeBackend(handlers: Handlers) {
  const calls: RecordedCall[] = [];
  const invoke = async (method: string, input: unknown, meta: { session: string | null; locale: Locale }): Promise<ApiResult<unknown>> => {
    if (!(method in contract)) throw new Error(`unknown method ${method}`);
    const name = method as MethodName;
    calls.push({ method: name, input, session: meta.session, locale: meta.locale });
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success)
      return { ok: false, error: { code: 'VALIDATION', message: `fake: bad input for ${name}`, details: parsed.error.issues } };
    const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`the test did not expect a call of ${name}`);
    const result = await handler(parsed.data);
    if (result instanceof Refusal) return { ok: false, error: { code: result.code, message: result.message, details: result.details } };
    return { ok: true, data: contract[name].output.parse(result) };
  };
  (window as unknown as { qms: unknown }).qms = { invoke };
  return {
    calls,
    /** The inputs of every call of one method, in order. */
    inputsOf<M extends MethodName>(method: M): Record<string, unknown>[] {
      return calls.filter((c) => c.method === method).map((c) => c.input as Record<string, unknown>);
    },
  };
}
