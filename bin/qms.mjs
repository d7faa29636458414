#!/usr/bin/env node
// Runs the TypeScript CLI under tsx, so `npx qms …` works straight from a checkout.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/qms.ts');
const code = await runCli(process.argv.slice(2));
if (code !== -1) process.exit(code);
