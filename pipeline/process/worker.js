// A worker thread of the pool: registers tsx so the TypeScript pipeline loads, then hands
// over to worker-main.ts.
import { register } from 'tsx/esm/api';
register();
await import('./worker-main.ts');
