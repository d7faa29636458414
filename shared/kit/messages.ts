/** Messages of the field kit (.qmskit), in both languages. */
export const KIT_MESSAGES = {
  'kit.notKit': { 'zh-CN': '“{file}”不是现场审核包（.qmskit）文件。', en: '"{file}" is not a field kit (.qmskit) file.' },
  'kit.version': {
    'zh-CN': '现场审核包的格式版本 {found} 不受支持（本程序支持 {known}），请使用导出它的程序版本。',
    en: 'The field kit format version {found} is not supported (this version reads {known}); use the version that exported it.',
  },
  'kit.wrongPassphrase': { 'zh-CN': '口令不正确，无法打开现场审核包。', en: 'Wrong passphrase: the field kit cannot be opened.' },
  'kit.truncated': {
    'zh-CN': '现场审核包不完整（文件被截断，缺少 {missing} 字节），请重新复制。',
    en: 'The field kit is incomplete (the file is truncated, {missing} bytes missing); copy it again.',
  },
  'kit.corrupt': { 'zh-CN': '现场审核包已损坏或被改动，无法解密。', en: 'The field kit is corrupted or was altered; it cannot be decrypted.' },
  'kit.passphraseShort': { 'zh-CN': '口令至少需要 {min} 个字符。', en: 'The passphrase needs at least {min} characters.' },
  'kit.otherDatabase': {
    'zh-CN': '此现场审核包来自另一个数据库（{found}），不属于本数据库（{expected}）。',
    en: 'This field kit comes from another database ({found}), not from this one ({expected}).',
  },
  'kit.notMain': { 'zh-CN': '此数据库是现场审核包，不能导出或合并现场审核包。', en: 'This database is a field kit; it cannot export or merge field kits.' },
  'kit.notField': { 'zh-CN': '此数据库不是现场审核包。', en: 'This database is not a field kit.' },
  'kit.baseAltered': {
    'zh-CN': '现场审核包的基础数据与导出时不一致（封印不符：{detail}），已拒绝。',
    en: 'The base data of the field kit is not what was exported (the seal does not match: {detail}); refused.',
  },
  'kit.trailAltered': {
    'zh-CN': '现场审核包的审计追踪已被改动（第 {seq} 条：{problem}），已拒绝。',
    en: 'The audit trail of the field kit was altered (entry {seq}: {problem}); refused.',
  },
  'kit.older': {
    'zh-CN': '“{label}”已合并过更新的现场审核包（序号 {merged}），此包（序号 {sequence}）较旧，已拒绝。',
    en: 'A newer field kit of "{label}" was already merged (sequence {merged}); this one (sequence {sequence}) is older and refused.',
  },
  'kit.alreadyMerged': { 'zh-CN': '此现场审核包已于 {at} 合并，无需再次合并。', en: 'This field kit was already merged on {at}; nothing to do.' },
  'kit.unknownUser': { 'zh-CN': '找不到在用账户“{username}”。', en: 'No active account "{username}".' },
  'kit.noRecords': { 'zh-CN': '现场审核包中没有任何记录。', en: 'The field kit holds no records.' },
  'kit.badTable': { 'zh-CN': '表“{table}”不能放入现场审核包。', en: 'The table "{table}" cannot go into a field kit.' },
  'kit.missingRecord': { 'zh-CN': '找不到记录 {table}/{id}。', en: 'The record {table}/{id} was not found.' },
  'kit.fieldExists': { 'zh-CN': '文件“{file}”已存在，不会覆盖。', en: 'The file "{file}" already exists; it is not overwritten.' },
  'kit.readOnly': {
    'zh-CN': '这是现场审核包：只能修改包内的审核记录，其他内容只读（{entity} {id}）。',
    en: 'This is a field kit: only the records of the kit may be changed, everything else is read-only ({entity} {id}).',
  },
  'kit.cannotMerge': {
    'zh-CN': '现场记录“{entity} {action}”暂不能合并到主数据库，未写入任何内容。',
    en: 'The field entry "{entity} {action}" cannot be merged into the main database yet; nothing was written.',
  },
} as const;
