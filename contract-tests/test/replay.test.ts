import { isDeepStrictEqual } from 'node:util';
import { getAtPointer } from '@periskope-tools/generator';
import { ApiError, PeriskopeApi } from '@periskope/periskope-client';
import { describe, expect, inject, test } from 'vitest';
import { loadContractContext } from '../src/contract-context.js';
import { sampleArguments } from '../src/request-values.js';
import { mediaTypeOf, replay, type ClientFactory } from '../src/replay.js';

const context = await loadContractContext();
const { inventory, validator, spec } = context;
const createClient: ClientFactory = (options) => new PeriskopeApi(options) as unknown as Record<string, unknown>;
const replayed = new Set<string>();

describe('every documented response, replayed through the generated client against Prism', () => {
  for (const tuple of inventory.tuples) {
    test(tuple.title, async () => {
      const args = sampleArguments(spec.document, tuple.operation);
      const seen = await replay(createClient, inject('prismBaseUrl'), tuple, args);
      const where = `${tuple.title} (${context.spec.source.file}#${tuple.response.pointer})`;

      // Prism answers an unknown code/example with another response: insist on the one asked for.
      expect(seen.status, `${where}: status`).toBe(tuple.statusCode);
      expect(seen.headers.get('sl-violations'), `${where}: Prism reported violations`).toBeNull();

      let parsedBody: unknown;
      if (!tuple.content) {
        expect(seen.rawBody, `${where}: no content is documented, so the body must be empty`).toBe('');
      } else {
        expect(mediaTypeOf(seen.contentType), `${where}: media type`).toBe(tuple.content.mediaType.toLowerCase());
        parsedBody = /json/.test(tuple.content.mediaType) ? JSON.parse(seen.rawBody) : seen.rawBody;
        if (tuple.content.schemaPointer) {
          expect(validator.validate(tuple.content.schemaPointer, parsedBody), `${where}: body against its schema (Ajv)`).toEqual([]);
        }
        if (tuple.example?.explicit) {
          expect(parsedBody, `${where}: body is the documented example`).toEqual(getAtPointer(spec.document, tuple.example.pointer));
        }
      }

      if (tuple.response.success) {
        expect(seen.outcome.kind, `${where}: a 2xx must resolve`).toBe('returned');
        if (seen.outcome.kind === 'returned') {
          expect(isDeepStrictEqual(seen.outcome.value, parsedBody), `${where}: the client returns the parsed body`).toBe(true);
        }
      } else {
        expect(seen.outcome.kind, `${where}: a documented error must throw`).toBe('threw');
        if (seen.outcome.kind === 'threw') {
          const error = seen.outcome.error;
          expect(error, `${where}: thrown value`).toBeInstanceOf(ApiError);
          if (error instanceof ApiError) {
            expect(error.status).toBe(tuple.statusCode);
            expect(error.operation).toBe(tuple.operation.id);
            expect(error.body).toEqual(parsedBody);
          }
        }
      }
      replayed.add(tuple.title);
    });
  }

  test('every documented response was replayed', () => {
    const total = inventory.tuples.length + inventory.unreplayable.length;
    console.log(`replayed ${replayed.size} of ${total} documented responses`);
    expect(inventory.unreplayable, 'documented responses that cannot be replayed').toEqual([]);
    expect(total, 'the spec documents at least one response').toBeGreaterThan(0);
    expect([...replayed].sort()).toEqual(inventory.tuples.map((tuple) => tuple.title).sort());
  });
});
