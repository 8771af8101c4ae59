// `npm run contract`: the replay alone, against the committed generated/ client as it is (never regenerates).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = await startVitest('test', [], { root, config: path.join(root, 'vitest.config.ts'), run: true, watch: false });
const failed = !vitest || vitest.state.getCountOfFailedTests() > 0 || vitest.state.errorsSet.size > 0;
await vitest?.close();
process.exitCode = failed ? 1 : (process.exitCode ?? 0);
