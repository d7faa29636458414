import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** Mirrors usernameSchema in shared/users/contract.ts, to answer before the server does (passwords: security/usePolicy). */
export function usernameRules(t: TFunction): FormRule[] {
  return [
    { required: true, whitespace: true },
    { min: 2, max: 32, message: t('validation.usernameLength') },
    { pattern: /^[\p{L}\p{N}_.-]+$/u, message: t('validation.usernameChars') },
  ];
}

/** For a "repeat the password" field that must match `field`. */
export function sameAs(field: string, t: TFunction): FormRule[] {
  return [
    { required: true },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        !value || getFieldValue(field) === value ? Promise.resolve() : Promise.reject(new Error(t('validation.passwordMismatch'))),
    }),
  ];
}
