import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseSpecFile, readSpecFile } from '../src/load/read-source.js';
import type { SpecTaskMessage, SpecTasksInput } from '../src/pipeline/messages.js';
import { runSpecTasks } from '../src/pipeline/spec-tasks.js';
import { tempDirs, writeTree } from './support/temp.js';

// The spec tasks on this thread, as the worker runs them: which messages come, in which order, and which error
// wins when several steps fail.

const temp = tempDirs();
afterEach(() => temp.cleanup());

const HEAD = 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\n';
const OK_PATHS = "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '204': { description: none }\n";

async function messagesFor(files: Record<string, string>): Promise<SpecTaskMessage[]> {
  const dir = await temp.make('spec-tasks-');
  await writeTree(dir, files);
  const source = parseSpecFile(await readSpecFile(path.join(dir, 'spec.yaml')));
  const input: SpecTasksInput = {
    file: source.file,
    sha256: source.sha256,
    bytes: new TextEncoder().encode(source.text),
    syntax: source.syntax,
    externalRef: source.externalRef ?? false,
    ...(source.syntax === 'yaml' ? { parsed: source.parsed } : {}),
    clientName: 'TestApi',
    packageName: '@test/tasks',
    generatedFrom: 'the test',
  };
  const messages: SpecTaskMessage[] = [];
  await runSpecTasks(input, (message) => messages.push(message));
  return messages;
}

function summary(message: SpecTaskMessage): string {
  if (message.kind !== 'failed') return message.kind;
  return `failed: ${message.error.generator ? message.error.reason : message.error.message}`;
}

describe('runSpecTasks', () => {
  const cases: [string, { given: Record<string, string>; want: (string | RegExp)[] }][] = [
    ['a valid spec: the wrapper first (the main thread checks it while the lint runs), then the verdict', {
      given: { 'spec.yaml': HEAD + OK_PATHS },
      want: ['client', 'checked'],
    }],
    ['external $refs: the lint and bundle first (the model is built from the bundle), then the wrapper', {
      given: {
        'spec.yaml': HEAD + "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': { $ref: './responses.yaml#/Ok' }\n",
        'responses.yaml': 'Ok:\n  description: ok\n',
      },
      want: ['checked', 'client'],
    }],
    ['a lint error ends the tasks, after the wrapper it did not stop (nothing counts until the lint passed)', {
      given: { 'spec.yaml': HEAD + 'paths:\n  /a:\n    get:\n      parameters: 5\n      responses: {}\n' },
      want: ['client', /^failed: Expected type `ParameterList`/],
    }],
    ['a spec that breaks the model too: the lint\'s error is the one reported, not the model\'s', {
      given: { 'spec.yaml': HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200': { $ref: '#/components/responses/Nope' }\n" },
      want: [/^failed: dangling \$ref/],
    }],
  ];
  test.each(cases)('%s', async (_name, { given, want }) => {
    const messages = (await messagesFor(given)).map(summary);
    expect(messages).toHaveLength(want.length);
    want.forEach((expected, index) => (typeof expected === 'string' ? expect(messages[index]).toBe(expected) : expect(messages[index]).toMatch(expected)));
  });

  test('every message carries the stage timings so far', async () => {
    const messages = await messagesFor({ 'spec.yaml': HEAD + OK_PATHS });
    expect(Object.keys(messages.at(-1)!.timings)).toEqual(expect.arrayContaining(['decode', 'model', 'client', 'lint']));
  });
});
