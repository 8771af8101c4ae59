#!/usr/bin/env node
// Runs the compiled generator (built by `npm install` via the root `prepare` script, or `tsc -b generator`).
// The compile cache goes in first, so that the libraries the CLI requires are compiled from it.
import { enableCompileCache } from '../dist/pipeline/compile-cache.js';

const compileCache = enableCompileCache('main');
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
compileCache.save();
