import { runCli } from '../../electron/cli/qms';

/** Runs a qms command in-process, in English, capturing what it prints. */
export async function qms(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--lang', 'en'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
