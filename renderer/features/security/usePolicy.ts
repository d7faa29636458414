import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { DEFAULT_POLICY, passwordProblems, type SecurityPolicy } from '../../../shared/security/contract';
import { call } from '../../api/client';

/** The account-security settings, read fresh by each screen that needs them (public: sign-in and set-up do). */
export function usePolicy(): SecurityPolicy | null {
  const [policy, setPolicy] = useState<SecurityPolicy | null>(null);
  useEffect(() => {
    let live = true;
    call('security.policy', {}).then((p) => live && setPolicy(p), () => live && setPolicy(DEFAULT_POLICY));
    return () => {
      live = false;
    };
  }, []);
  return policy;
}

/** The rules of a new-password field: the server's rules in settings, answered before the server does. */
export function policyPasswordRules(t: TFunction, policy: SecurityPolicy | null): FormRule[] {
  const p = policy ?? DEFAULT_POLICY;
  const text = t('security.rules', { length: p.passwordMinLength, classes: p.passwordClasses });
  return [
    { required: true },
    { max: 128, message: t('validation.passwordLength') },
    { validator: (_rule, value: string | undefined) => (!value || passwordProblems(value, p).length === 0 ? Promise.resolve() : Promise.reject(new Error(text))) },
  ];
}
