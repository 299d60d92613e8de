// npm run build: dist/esm (per-module ES + .d.ts), dist/news-widgets.js (one bundle), custom-elements.json.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
run('rollup', ['-c', 'rollup.config.mjs', '--silent']);
run('custom-elements-manifest', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
