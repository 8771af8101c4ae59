import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { generateClient } from '../src/client/generate-client.js';
import { runPlan } from '../src/pipeline/run-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'fixtures', 'path-items', 'path-item-ref.yaml');

test('a path item that is a $ref: Prism mocks it and its schemas are checked (Prism found no operation, Ajv no schema at /paths/~1users/post/...)', async () => {
  const result = await runPlan({ specPath: fixture, client: () => generateClient(fixture) });
  expect(result.findings).toEqual([]);
  expect({ documented: result.documented, replayed: result.replayed, passed: result.passed }).toEqual({ documented: 1, replayed: 1, passed: 1 });
});
