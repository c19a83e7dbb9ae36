#!/usr/bin/env node
// The CLI runs the compiled code, which `npm install` builds (the "prepare" script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('spojnia: the compiled code is missing; run `npm run build` (or `npm install`) first.');
  process.exit(1);
}
await import(entry.href);
