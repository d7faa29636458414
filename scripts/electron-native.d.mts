export interface RebuildOptions {
  buildPath: string;
  electronVersion: string;
  onlyModules: string[];
  force: boolean;
}
export type Rebuild = (options: RebuildOptions) => Promise<unknown>;
export function electronBinary(root?: string, env?: Record<string, string | undefined>): string | null;
export function buildNative(options: { root?: string; rebuild: Rebuild; log?: (line: string) => void }): Promise<boolean>;
export const NO_ELECTRON: string;
export function noHeaders(reason: string): string;
export function main(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
  loadRebuild?: () => Promise<Rebuild>;
  log?: (line: string) => void;
  error?: (line: string) => void;
}): Promise<number>;
