import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { ApiCallError, call } from './client';

interface Settled<M extends MethodName> {
  key: string;
  data?: Output<M>;
  error?: ApiCallError;
}

export interface ApiState<M extends MethodName> {
  /** The latest answer; kept while a newer request is on its way so tables do not flash empty. */
  data: Output<M> | undefined;
  error: ApiCallError | undefined;
  loading: boolean;
  reload: () => void;
}

function asApiError(error: unknown): ApiCallError {
  return error instanceof ApiCallError ? error : new ApiCallError('INTERNAL', String(error));
}

/** Loads `method(input)` whenever the input changes; pass null to wait. */
export function useApi<M extends MethodName>(method: M, input: Input<M> | null): ApiState<M> {
  const [nonce, setNonce] = useState(0);
  const [settled, setSettled] = useState<Settled<M> | undefined>();
  const body = input === null ? null : JSON.stringify(input);
  const key = body === null ? null : `${method}#${nonce}#${body}`;

  useEffect(() => {
    if (key === null || body === null) return;
    let live = true;
    call(method, JSON.parse(body) as Input<M>).then(
      (data) => live && setSettled({ key, data }),
      (error: unknown) => live && setSettled((prev) => ({ key, data: prev?.data, error: asApiError(error) })),
    );
    return () => {
      live = false;
    };
  }, [method, key, body]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return {
    data: settled?.data,
    error: settled?.key === key ? settled.error : undefined,
    loading: key !== null && settled?.key !== key,
    reload,
  };
}
