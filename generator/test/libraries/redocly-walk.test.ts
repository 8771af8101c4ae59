import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { editedWalk, presentProperties, shippedWalkDocument, WALK_EDITS, withEditedWalk } from '../../src/libraries/redocly-walk.js';
import { redocly } from '../../src/libraries/redocly.js';
import { lintConfig } from '../../src/load/validate-and-bundle.js';
import { readableRealSpecs, realSpecFiles } from '../support/real-specs.js';

const walkModule = createRequire(import.meta.url)('@redocly/openapi-core/lib/walk.js') as { walkDocument: unknown };

/**
 * The lint's own rules plus a recording one (through Redocly's plugin interface): every node each walk enters and
 * leaves, with its type and pointer, at the top level and inside an operation (a nested visitor, which Redocly
 * tracks with its own contexts), and every `$ref` it meets.
 */
const visits: string[] = [];
const record = (what: string) => (node: unknown, ctx: { type: { name: string }; location: { pointer: string } }) => {
  visits.push(`${what} ${ctx.type.name} ${ctx.location.pointer} ${typeof node}`);
};
const recorder = {
  any: { enter: record('enter'), leave: record('leave') },
  ref: { enter: record('ref') },
  Operation: { Parameter: { enter: record('operation parameter') }, Schema: { enter: record('operation schema') } },
};
const ours = await lintConfig();
const recordingConfig = await redocly.createConfig({
  extends: ['minimal'],
  resolve: { doNotResolveExamples: true },
  plugins: [{ id: 'test', rules: { oas3: { visits: () => recorder }, oas2: { visits: () => recorder } } }],
  rules: { ...ours.styleguide.rules, 'test/visits': 'error' },
} as never);

/** What a walk does on `parsed`: the recorded visits and the lint's problems. */
async function walkOf(parsed: unknown, edited: boolean): Promise<{ visits: string[]; problems: unknown[] }> {
  visits.length = 0;
  const document = { source: new redocly.Source('/spec', '', 'application/json'), parsed };
  const lint = () => redocly.lintDocument({ document, config: recordingConfig.styleguide, externalRefResolver: new redocly.BaseResolver(recordingConfig.resolve) });
  const problems = edited ? await withEditedWalk(lint) : await lint();
  return { visits: [...visits], problems: problems.map(({ ruleId, message, location }) => ({ ruleId, message, location: location.map(({ pointer }) => pointer) })) };
}

const spec = (extra: object) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, ...extra });

describe('editedWalk: Redocly’s walk with WALK_EDITS applied', () => {
  test('every edit applies to the installed Redocly (if one does not, its walk changed: check the edits against it)', () => {
    expect(editedWalk()).toHaveProperty('walkDocument');
  });

  test('an edit that finds nothing leaves the walk as it ships, and says why', () => {
    expect(editedWalk([...WALK_EDITS, { why: 'test', find: 'no such text in walk.js', replace: '' }])).toEqual({ reason: expect.stringContaining('missing: no such text') });
  });

  test('is in place only while the lint runs, also when it throws', async () => {
    let inside: unknown;
    await expect(
      withEditedWalk(async () => {
        inside = walkModule.walkDocument;
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(inside).not.toBe(shippedWalkDocument);
    expect(walkModule.walkDocument).toBe(shippedWalkDocument);
  });
});

describe('presentProperties: the keys the shipped walk walks, minus the absent ones', () => {
  const type = { properties: { type: {}, items: {}, properties: {} }, extensionsPrefix: 'x-' };
  const cases: [string, { given: { type: object; node: object; raw?: Record<string, unknown> }; want: string[] }][] = [
    ['the type’s properties in the type’s order, not the node’s', { given: { type, node: { items: {}, type: 'array' } }, want: ['type', 'items'] }],
    ['an extension after them; an unknown key not at all', { given: { type, node: { 'x-a': 1, foo: 2, type: 'string' } }, want: ['type', 'x-a'] }],
    ['a null value is walked (only undefined is absent)', { given: { type, node: { items: null } }, want: ['items'] }],
    ['beside a $ref: a type property from the $ref object, then its other keys', {
      given: { type, node: { type: 'string' }, raw: { $ref: '#/a', items: {}, description: 'd' } },
      want: ['type', 'items', 'description'],
    }],
    ['additionalProperties: the other keys, in the node’s order', {
      given: { type: { properties: { a: {} }, additionalProperties: {} }, node: { z: 1, a: 2, b: 3 } },
      want: ['a', 'z', 'b'],
    }],
    ['a type property every object inherits (Object.prototype.constructor) is walked, as the shipped walk reads it', {
      given: { type: { properties: { type: {}, constructor: {} } }, node: { type: 'string' } },
      want: ['type', 'constructor'],
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const raw = given.raw ?? (given.node as Record<string, unknown>);
    expect(presentProperties(given.type as never, given.node, raw, given.raw !== undefined)).toEqual(want);
  });
});

describe('the edited walk visits what the shipped one does', () => {
  const cases: [string, { given: unknown }][] = [
    ['a schema with nested properties and items', { given: spec({ components: { schemas: { A: { type: 'object', properties: { x: { type: 'array', items: { type: 'string' } } } } } } }) }],
    ['references, with keys beside them', { given: spec({ components: { schemas: { A: { type: 'string' }, B: { $ref: '#/components/schemas/A', description: 'd' } } } }) }],
    ['an operation with parameters (a nested visitor)', {
      given: spec({ paths: { '/a/{id}': { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], get: { parameters: [{ name: 'q', in: 'query', schema: { type: 'integer' } }], responses: { 200: { description: 'ok' } } } } } }),
    }],
    ['structural errors (the rule that ignores the rest of a node)', { given: spec({ paths: { '/a': { get: { parameters: 5, responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'strin', nullable: 'yes' } } } } } } } } }) }],
    ['a schema property named after an Object method', { given: spec({ components: { schemas: { A: { type: 'object', properties: { constructor: { type: 'string' }, toString: { type: 'number' } } } } } }) }],
    ['extensions and null values', { given: spec({ 'x-top': { a: 1 }, components: { schemas: { A: { type: 'string', default: null, 'x-b': null } } } }) }],
  ];
  test.each(cases)('%s', async (_name, { given }) => {
    const shipped = await walkOf(given, false);
    expect(shipped.visits.length).toBeGreaterThan(3);
    expect(await walkOf(given, true)).toEqual(shipped);
  });

  describe.skipIf(realSpecFiles().length === 0)('on real documents', () => {
    test('every peer fixture and GitHub’s spec: the same visits and the same problems, in the same order', async () => {
      let compared = 0;
      for await (const { file, parsed } of readableRealSpecs()) {
        const shipped = await walkOf(parsed, false).catch(() => undefined);
        if (!shipped) continue; // Redocly's own walk throws: nothing to compare
        const edited = await walkOf(parsed, true);
        // Compared as one string: a difference is reported without printing a million visits.
        expect(edited.visits.length, file).toBe(shipped.visits.length);
        expect(edited.visits.join('\n') === shipped.visits.join('\n'), `${file}: the same visits`).toBe(true);
        expect(edited.problems, file).toEqual(shipped.problems);
        compared++;
      }
      expect(compared).toBeGreaterThan(realSpecFiles().length / 2);
    }, 600_000);
  });
});
