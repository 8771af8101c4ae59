import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { generateClient } from '../src/client/generate-client.js';
import { runPlan } from '../src/pipeline/run-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'fixtures', 'impossible', 'conflicting-allof.yaml');

test('request bodies no value satisfies (conflicting allOf types, overlapping oneOf, a GET with a required body): one spec finding for each schema, and the mock rejecting the value sent is the spec\'s too (not request-rejected)', async () => {
  const result = await runPlan({ specPath: fixture, client: () => generateClient(fixture) });
  expect(result.findings.map((item) => [item.kind, item.rule, item.operation, item.status])).toEqual([
    ['spec', 'request-impossible', 'putThing', undefined],
    ['spec', 'request-oneof-overlap', 'addPet', undefined],
    ['spec', 'request-impossible', 'search', undefined],
    ['spec', 'request-impossible', 'putThing', '204'],
    ['spec', 'request-oneof-overlap', 'addPet', '204'],
    ['spec', 'request-impossible', 'search', '200'],
  ]);
  expect(result.findings[2]!.message).toMatch(/a GET request cannot carry the body #\/paths\/~1search\/get\/requestBody requires/);
  expect(result.findings[0]!.message).toMatch(/allOf parts demand the types string, integer/);
  expect(result.findings[3]!.message).toMatch(/^status 422, expected 204: Prism: .*no value can be valid for schema #\/paths\/~1things\/put\/requestBody/);
  expect(result.findings[4]!.message).toMatch(/^status 422, expected 204: Prism: .*matches more than one branch of the oneOf at #\/paths\/~1pets\/post\/requestBody/);
});
