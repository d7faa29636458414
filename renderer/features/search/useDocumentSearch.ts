import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../shared/api/contract';
import { ApiCallError, call } from '../../api/client';

export const SEARCH_DELAY_MS = 250;

interface Answer {
  q: string;
  result?: Output<'search.documents'>;
  error?: ApiCallError;
}

/** search.documents for the text as typed, once typing pauses; answers to older text are dropped. */
export function useDocumentSearch(text: string, limit: number, delay = SEARCH_DELAY_MS) {
  const q = text.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!q) return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('search.documents', { q, limit }).then(
        (result) => live && setAnswer({ q, result }),
        (e: unknown) => live && setAnswer({ q, error: e instanceof ApiCallError ? e : new ApiCallError('INTERNAL', String(e)) }),
      );
    }, delay);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, limit, delay, attempt]);
  const reload = useCallback(() => {
    setAnswer(null);
    setAttempt((n) => n + 1);
  }, []);
  const current = q && answer?.q === q ? answer : null;
  return { q, result: current?.result, error: current?.error, loading: !!q && !current, reload };
}
