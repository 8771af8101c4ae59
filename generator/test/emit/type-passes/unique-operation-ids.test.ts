import { describe, expect, test } from 'vitest';
import { listOperations, type OpenApiDocument } from '../../../src/document/index.js';
import { withUniqueOperationIds } from '../../../src/emit/type-passes/unique-operation-ids.js';

/** A document with one operation per `[path, method, operationId]` entry (no operationId when it is undefined). */
function documentOf(operations: [path: string, method: string, operationId?: string][]): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, method, operationId] of operations) {
    (paths[path] ??= {})[method] = { ...(operationId === undefined ? {} : { operationId }), responses: { '204': { description: 'none' } } };
  }
  return { openapi: '3.1.0', paths };
}

/** `METHOD /path operationId` of every operation, in document order. */
function idsOf(document: OpenApiDocument): string[] {
  return listOperations(document, { mode: 'lenient' }).map(({ method, path, operation }) => `${method.toUpperCase()} ${path} ${String(operation.operationId)}`);
}

describe('withUniqueOperationIds', () => {
  const cases: [string, { given: [string, string, string?][]; want: string[] }][] = [
    ['unique ids are all kept', { given: [['/a', 'get', 'getA'], ['/b', 'get', 'getB']], want: ['GET /a getA', 'GET /b getB'] }],
    ['the second use loses its id', { given: [['/a', 'get', 'list'], ['/b', 'get', 'list']], want: ['GET /a list', 'GET /b undefined'] }],
    [
      'only the first of three keeps it',
      { given: [['/a', 'get', 'x'], ['/b', 'get', 'x'], ['/c', 'get', 'x']], want: ['GET /a x', 'GET /b undefined', 'GET /c undefined'] },
    ],
    [
      'first in document order: methods in HTTP order (get before post), whatever order they are written in',
      { given: [['/a', 'post', 'x'], ['/a', 'get', 'x']], want: ['GET /a x', 'POST /a undefined'] },
    ],
    [
      'each duplicated id on its own',
      { given: [['/a', 'get', 'x'], ['/a', 'put', 'y'], ['/b', 'get', 'y'], ['/b', 'put', 'x']], want: ['GET /a x', 'PUT /a y', 'GET /b undefined', 'PUT /b undefined'] },
    ],
    [
      'operations without an id are left alone',
      { given: [['/a', 'get'], ['/b', 'get', 'x'], ['/c', 'get'], ['/d', 'get', 'x']], want: ['GET /a undefined', 'GET /b x', 'GET /c undefined', 'GET /d undefined'] },
    ],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(idsOf(withUniqueOperationIds(documentOf(given)))).toEqual(want);
  });

  test('a document whose ids are unique is returned as it is', () => {
    const document = documentOf([['/a', 'get', 'x'], ['/b', 'get', 'y']]);
    expect(withUniqueOperationIds(document)).toBe(document);
  });

  test("duplicates are removed from a copy: the caller's document keeps every id", () => {
    const document = documentOf([['/a', 'get', 'x'], ['/b', 'get', 'x']]);
    const before = structuredClone(document);
    expect(withUniqueOperationIds(document)).not.toBe(document);
    expect(document).toEqual(before);
  });
});
