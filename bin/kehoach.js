#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npm ci` is the only set-up step.
import { register } from 'tsx/esm/api';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
register();
await import('../src/cli/main.ts');
