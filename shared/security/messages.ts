import type { Locale } from '../api/envelope';

/** Error messages of the security and robustness rules (bad paths, codes, lockout, password rules). */
export const SECURITY_MESSAGES = {
  'http.badPath': { 'zh-CN': '请求地址格式错误。', en: 'The request path is malformed.' },
  'departments.codeTaken': { 'zh-CN': '部门代码“{code}”已被“{name}”使用。', en: 'The department code "{code}" is already used by "{name}".' },
} satisfies Record<string, Record<Locale, string>>;
