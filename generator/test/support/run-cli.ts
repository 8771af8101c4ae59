// The generator CLI from its sources, for tests that need it in a child process (`node --import tsx run-cli.ts ...`).
import { main } from '../../src/cli.js';

process.exitCode = await main(process.argv.slice(2));
