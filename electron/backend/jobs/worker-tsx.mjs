// Starts the job worker from its TypeScript source under tsx (CLI, web host, tests); Electron runs the bundled copy.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
