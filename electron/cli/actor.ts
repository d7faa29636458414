import { userInfo } from 'node:os';
import type { Actor } from '../backend/audit/trail';

/** The operating-system account running the CLI (whoever can read the database file administers it). */
export function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '?';
  }
}

/** How the CLI's file-level commands (qms doc, qms backup) appear in the audit trail: no account, the OS user named. */
export const cliActor = (): Actor => ({ id: null, displayName: `qms CLI (${osUserName()})` });
