#!/usr/bin/env node
// `npm run changes`: the change report (built by `npm install` via the root `prepare` script, or `tsc -b generator`).
const { main } = await import('../dist/changes-cli.js');
process.exitCode = await main(process.argv.slice(2));
