import { existsSync, statSync } from 'node:fs';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import { loadDemoData } from '../backend/demo/demo-data';
import { dispatch } from '../backend/dispatch';
import { ROLE_LABELS } from '../../shared/auth/roles';
import type { Command } from './commands';
import { databaseFile } from './database-file';

export const initCommand: Command = async ({ options, locale, io }) => {
  const file = databaseFile(options);
  const backend = createBackend({ file, host: 'cli', appRoot: APP_ROOT });
  try {
    if (!options.admin) {
      io.out(`${locale === 'zh-CN' ? '数据库已就绪' : 'Database ready'}: ${backend.store.file}`);
      return 0;
    }
    if (!options.password) {
      io.err(locale === 'zh-CN' ? '请用 --password 指定密码。' : 'Give the password with --password.');
      return 2;
    }
    const result = await dispatch(
      backend,
      'auth.setup',
      { username: options.admin, displayName: options.name ?? options.admin, password: options.password },
      { locale },
    );
    if (!result.ok) {
      io.err(result.error.message);
      return 1;
    }
    io.out(`${locale === 'zh-CN' ? '已创建质量经理' : 'Created quality manager'} ${options.admin}: ${backend.store.file}`);
    return 0;
  } finally {
    await backend.store.close();
  }
};

export const demoCommand: Command = async ({ options, locale, io }) => {
  const file = databaseFile(options);
  if (existsSync(file) && statSync(file).size > 0) {
    io.err(locale === 'zh-CN' ? `文件已存在，演示数据只写入新数据库：${file}` : `The file exists; demo data goes only into a new database: ${file}`);
    return 1;
  }
  const backend = createBackend({ file, host: 'cli', appRoot: APP_ROOT });
  try {
    const accounts = await loadDemoData(backend);
    io.out(`${locale === 'zh-CN' ? '演示数据库' : 'Demo database'}: ${backend.store.file}`);
    io.out(locale === 'zh-CN' ? '演示账户（用户名 / 密码 / 角色）：' : 'Demo accounts (user name / password / role):');
    for (const a of accounts) io.out(`  ${a.username.padEnd(10)} ${a.password.padEnd(16)} ${ROLE_LABELS[a.role][locale]} ${a.displayName}`);
    return 0;
  } finally {
    await backend.store.close();
  }
};
