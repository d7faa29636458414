import type { Locale } from '../api/envelope';

/** Error messages of the security and robustness rules (bad paths, codes, lockout, password rules). */
export const SECURITY_MESSAGES = {
  'http.badPath': { 'zh-CN': '请求地址格式错误。', en: 'The request path is malformed.' },
  'departments.codeTaken': { 'zh-CN': '部门代码“{code}”已被“{name}”使用。', en: 'The department code "{code}" is already used by "{name}".' },
  'auth.locked': {
    'zh-CN': '密码连续输错次数过多，账户已锁定，请在 {until} 之后再试，或请质量经理解锁。',
    en: 'Too many wrong passwords: the account is locked until {until}. Try again then, or ask a quality manager to unlock it.',
  },
  'auth.wrongPasswordLeft': {
    'zh-CN': '密码不正确。再输错 {left} 次，账户将被锁定 {minutes} 分钟。',
    en: 'The password is wrong. {left} more wrong attempts lock the account for {minutes} minutes.',
  },
  'auth.passwordRules': {
    'zh-CN': '密码不符合规则：至少 {length} 个字符，且包含小写字母、大写字母、数字、其他符号中的至少 {classes} 类。',
    en: 'The password does not meet the rules: at least {length} characters, with at least {classes} of lower-case letters, upper-case letters, digits and other characters.',
  },
  'auth.mustChangePassword': { 'zh-CN': '密码已过期，请先修改密码。', en: 'Your password has expired; change it first.' },
  'audit.exportTooLarge': {
    'zh-CN': '筛选结果有 {count} 条，超过一次导出的上限 {limit} 条，请缩小日期范围。',
    en: 'The filter matches {count} entries, more than one export holds ({limit}); narrow the date range.',
  },
  'audit.notReadable': { 'zh-CN': '您无权查阅该记录，因此也不能查看它的修改记录。', en: 'You may not read this record, so you may not read its history either.' },
} satisfies Record<string, Record<Locale, string>>;
