import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ApiError, PeriskopeApi, UnexpectedResponseError } from '@periskope/periskope-client';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { contractSpecPath } from '../src/plan/context.js';
import type { ClientFactory } from '../src/call/mock-call.js';
import { runSuite } from '../src/run-suite.js';

const require = createRequire(import.meta.url);
const snapshot = JSON.parse(readFileSync(require.resolve('@periskope/periskope-client/openapi.snapshot.json'), 'utf8')) as unknown;
const client = {
  create: ((options) => new PeriskopeApi(options) as unknown as Record<string, unknown>) as ClientFactory,
  errors: { ApiError, UnexpectedResponseError },
};
const specPath = contractSpecPath();

describe('runSuite: the contract suite as a library, against an in-process Prism', () => {
  test('the repository spec passes with the committed client and its snapshot', async () => {
    const result = await runSuite({ specPath, snapshot, client });
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.loaded).toBe(true);
    expect(result.documented).toBeGreaterThan(0);
    expect(result.replayed).toBe(result.documented);
    expect(result.examplesChecked).toBeGreaterThan(0);
  });

  test('the same spec given as a parsed document passes too', async () => {
    const document = parse(readFileSync(specPath, 'utf8')) as unknown;
    const result = await runSuite({ specPath, document, snapshot, client });
    expect(result.failures).toEqual([]);
    expect(result.replayed).toBe(result.documented);
  });

  test('one breaking edit (a response enum loses a value the client expects) fails the suite', async () => {
    const document = parse(readFileSync(specPath, 'utf8')) as Record<string, any>;
    const status = document.paths['/message/broadcast/{broadcast_id}'].delete.responses['200'].content['application/json'].schema.properties.status;
    expect(status.enum).toEqual(['deleted', 'stopped']);
    status.enum = ['deleted'];
    const result = await runSuite({ specPath, document, snapshot, client });
    expect(result.passed).toBe(false);
    expect(result.loaded).toBe(true);
    expect(result.failures).toContainEqual({
      check: 'drift',
      message: expect.stringMatching(/^cancelBroadcast .*status: enum value removed: "stopped"$/),
    });
  });

  test('a document that is not a valid spec is reported, not thrown', async () => {
    const result = await runSuite({ document: { openapi: '3.0.3', paths: 'not a map' }, snapshot, client });
    expect(result.passed).toBe(false);
    expect(result.loaded).toBe(false);
    expect(result.failures.some((failure) => failure.check === 'inventory' && failure.message.startsWith('the spec cannot be loaded'))).toBe(true);
  });
});
