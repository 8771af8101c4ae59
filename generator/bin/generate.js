#!/usr/bin/env node
// Runs the compiled generator (built by `npm install` via the root `prepare` script, or `tsc -b generator`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
