// A worker thread for the extraction pool: registers tsx so the TypeScript pipeline loads,
// then hands over to extract-worker-main.ts.
import { register } from 'tsx/esm/api';
register();
await import('./extract-worker-main.ts');
