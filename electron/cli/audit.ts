import type { Command, CommandArgs } from './commands';
import { auditExport, AUDIT_EXPORT_USAGE } from './audit-export';
import { auditList } from './audit-list';

/** qms audit <subcommand>: each subcommand in its own file (list here; export with the Word exports). */
export const AUDIT_SUBCOMMANDS: Record<string, { usage: string; run: (a: CommandArgs) => Promise<number> }> = {
  list: { usage: 'qms audit list --db FILE', run: auditList },
  export: { usage: AUDIT_EXPORT_USAGE, run: auditExport },
};

export const auditCommand: Command = async (a) => {
  const sub = AUDIT_SUBCOMMANDS[a.args[0] ?? ''];
  if (!sub) {
    a.io.err(Object.values(AUDIT_SUBCOMMANDS).map((s) => s.usage).join('\n'));
    return 2;
  }
  return sub.run(a);
};
