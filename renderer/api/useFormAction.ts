import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from './formErrors';

/**
 * Runs a form's server call with a busy flag; a failure lands under its fields where it names them,
 * otherwise in a message. `onError` may first tidy the form (e.g. clear a password) and give field overrides.
 */
export function useFormAction(form: FormInstance, onError?: (text: string) => Record<string, string> | void) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (!applyFieldErrors(form, e, onError?.(text) ?? {})) message.error(text);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
