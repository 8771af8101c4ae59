import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAtPointer, type BundledSpec } from '@periskope-tools/generator';
import { describe, expect, test } from 'vitest';
import { loadContractContext, type ContractContext } from '../src/spec/context.js';
import { checkExamples, exampleFindings, formatExampleProblem, type ExampleProblem } from '../src/gates/example-gate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => path.join(here, 'fixtures', 'example-gate', name);

/** Every problem as one line, for assertion messages. */
function listing(context: ContractContext, problems: ExampleProblem[]): string {
  return problems.map((problem) => formatExampleProblem(problem, context.spec.source.file, context.spec.source.locate)).join('\n');
}

describe('every example in the spec validates against its schema', () => {
  test('the real spec: no problem, and more than 100 examples checked', async () => {
    const context = await loadContractContext();
    const { checked, problems } = checkExamples(context);
    expect(problems, `examples that do not match their schema:\n${listing(context, problems)}`).toEqual([]);
    expect(checked, 'examples validated').toBeGreaterThan(100);
    console.log(`validated ${checked} examples`);
  });
});

interface FixtureCase {
  name: string;
  file: string;
  /** Every problem expected, in the order the walk reports them (paths, then components). */
  problems: ExampleProblem[];
  checked: number;
}

/** The schema defaults to the holder's (`…/example` or `…/examples/<name>/value` → `…/schema`) or, for a schema's own example, that schema. */
const p = (operation: string, where: string, example: string, pointer: string, instancePath: string, message: string, schemaPointer?: string): ExampleProblem => ({
  operation,
  where,
  example,
  pointer,
  schemaPointer: schemaPointer ?? (where.startsWith('schema #') ? where.slice('schema #'.length) : pointer.replace(/\/(example|examples\/[^/]+\/value)$/, '/schema')),
  instancePath,
  message,
});

const cases: FixtureCase[] = [
  {
    name: 'a response media-type example with a wrong type is reported',
    file: 'bad-response-example.yaml',
    checked: 2,
    problems: [
      p('getContacts', 'response 422 application/json', 'default', '/paths/~1contacts/get/responses/422/content/application~1json/example', '/status', 'must be integer'),
    ],
  },
  {
    name: 'broken named examples are reported by name, inline and through $ref to components/examples',
    file: 'bad-named-example.yaml',
    checked: 3,
    problems: [
      p(
        'cancelBroadcast',
        'response 200 application/json',
        'paused',
        '/paths/~1broadcasts~1{broadcast_id}/delete/responses/200/content/application~1json/examples/paused/value',
        '/status',
        'must be equal to one of the allowed values (["deleted","stopped"])',
      ),
      // Through $ref: validated against the schema of the media type that references it.
      p('cancelBroadcast', 'response 200 application/json', 'shared', '/components/examples/NoStatus/value', '/', "must have required property 'status'", '/paths/~1broadcasts~1{broadcast_id}/delete/responses/200/content/application~1json/schema'),
    ],
  },
  {
    name: 'a request body example without a required property is reported',
    file: 'bad-request-body-example.yaml',
    checked: 1,
    problems: [
      p('createNote', 'request body application/json', 'default', '/paths/~1notes/post/requestBody/content/application~1json/example', '/', "must have required property 'note'"),
    ],
  },
  {
    name: 'parameter examples are reported at path level (for each operation), operation level and in components',
    file: 'bad-parameter-example.yaml',
    checked: 4,
    problems: [
      p('getTicket', 'parameter path:ticket_id', 'default', '/paths/~1tickets~1{ticket_id}/parameters/0/example', '/', 'must match format "uuid"'),
      p('deleteTicket', 'parameter path:ticket_id', 'default', '/paths/~1tickets~1{ticket_id}/parameters/0/example', '/', 'must match format "uuid"'),
      p('getTicket', 'parameter query:limit', 'tooLarge', '/paths/~1tickets~1{ticket_id}/get/parameters/1/examples/tooLarge/value', '/', 'must be <= 2000'),
      p('components', 'parameter header:x-phone', 'default', '/components/parameters/XPhone/example', '/', 'must match pattern "^[0-9]+$"'),
    ],
  },
  {
    name: 'a response header example with a wrong type is reported',
    file: 'bad-header-example.yaml',
    checked: 2,
    problems: [
      p('getAllPhones', 'response 200 header X-RateLimit-Limit', 'default', '/paths/~1phones/get/responses/200/headers/X-RateLimit-Limit/example', '/', 'must be integer'),
    ],
  },
  {
    name: 'schema-level examples in components (object and property) are reported',
    file: 'bad-component-schema-example.yaml',
    checked: 3,
    problems: [
      p('components', 'schema #/components/schemas/Chat', 'schema example', '/components/schemas/Chat/example', '/chat_type', 'must be equal to one of the allowed values (["user","group"])'),
      p('components', 'schema #/components/schemas/Chat/properties/member_count', 'schema example', '/components/schemas/Chat/properties/member_count/example', '/', 'must be >= 0'),
    ],
  },
  {
    name: 'OpenAPI 3.0: null is valid where nullable is true, and rejected where it is not',
    file: 'nullable-30.yaml',
    checked: 3,
    problems: [
      p(
        'updateTicket',
        'schema #/paths/~1tickets/patch/requestBody/content/application~1json/schema/properties/subject',
        'schema example',
        '/paths/~1tickets/patch/requestBody/content/application~1json/schema/properties/subject/example',
        '/',
        'must be string',
      ),
    ],
  },
  {
    name: 'OpenAPI 3.0: nullable beside allOf without type (GitHub style) accepts null and still checks the schema',
    file: 'nullable-without-type.yaml',
    checked: 3,
    problems: [
      p(
        'listInstallations',
        'response 200 application/json',
        'wrong',
        '/paths/~1installations/get/responses/200/content/application~1json/examples/wrong/value',
        '/account/login',
        'must be string',
      ),
      // Neither branch of `anyOf: [schema, null]` matches, and Ajv says so for each.
      p('listInstallations', 'response 200 application/json', 'wrong', '/paths/~1installations/get/responses/200/content/application~1json/examples/wrong/value', '/account', 'must be null'),
      p('listInstallations', 'response 200 application/json', 'wrong', '/paths/~1installations/get/responses/200/content/application~1json/examples/wrong/value', '/account', 'must match a schema in anyOf'),
    ],
  },
  {
    name: "OpenAPI 3.1: a type array with 'null' accepts null and a string, and rejects a number",
    file: 'type-array-null-31.yaml',
    checked: 3,
    problems: [
      p('getTickets', 'response 200 application/json', 'numeric', '/paths/~1tickets/get/responses/200/content/application~1json/examples/numeric/value', '/due_date', 'must be string,null'),
    ],
  },
  {
    name: 'OpenAPI 3.1: a bad entry of a schema examples array is reported by index',
    file: 'schema-examples-array-31.yaml',
    checked: 4,
    problems: [p('components', 'schema #/components/schemas/Priority', 'schema examples[2]', '/components/schemas/Priority/examples/2', '/', 'must be <= 4')],
  },
  {
    name: 'a required readOnly property may be missing from a request example, not from a response example',
    file: 'read-only.yaml',
    checked: 3,
    problems: [
      p('createWebhook', 'response 201 application/json', 'default', '/paths/~1webhooks/post/responses/201/content/application~1json/example', '/', "must have required property 'id'"),
    ],
  },
  {
    name: 'a required writeOnly property may be missing from a response example, not from a request example',
    file: 'write-only.yaml',
    checked: 2,
    problems: [
      p('inviteMember', 'request body application/json', 'default', '/paths/~1members/post/requestBody/content/application~1json/example', '/', "must have required property 'password'"),
    ],
  },
  {
    name: 'three different broken examples give exactly three problems (all errors are reported)',
    file: 'three-broken.yaml',
    checked: 3,
    problems: [
      p('editMessage', 'parameter path:message_id', 'default', '/paths/~1messages~1{message_id}/post/parameters/0/example', '/', 'must NOT have fewer than 5 characters'),
      p('editMessage', 'request body application/json', 'default', '/paths/~1messages~1{message_id}/post/requestBody/content/application~1json/example', '/edited_body', 'must be string'),
      p('editMessage', 'response 200 application/json', 'default', '/paths/~1messages~1{message_id}/post/responses/200/content/application~1json/example', '/edited', 'must be boolean'),
    ],
  },
];

describe('fixture specs: each kind of example is checked', () => {
  for (const { name, file, problems, checked } of cases) {
    test(`${file}: ${name}`, async () => {
      const context = await loadContractContext(fixture(file));
      const result = checkExamples(context);
      expect(result.problems, listing(context, result.problems)).toEqual(problems);
      expect(result.checked, 'examples validated').toBe(checked);
    });
  }

  test('a "$ref" key inside example values is data: never resolved, validated as an ordinary property', async () => {
    // Through the generator's own loader: neither Redocly's bundler nor the gate may follow these.
    const context = await loadContractContext(fixture('ref-in-example-value.yaml'));
    const pointers = [
      '/paths/~1links/get/responses/200/content/application~1json/example',
      '/paths/~1links/get/responses/200/content/application~1json/examples/named/value',
      '/components/schemas/Link/example',
    ];
    const result = checkExamples(context);
    expect(result.problems, listing(context, result.problems)).toEqual([]);
    expect(result.checked).toBe(3);
    for (const pointer of pointers) {
      expect(getAtPointer(context.spec.document, `${pointer}/$ref`), pointer).toBe('https://example.invalid/x');
    }
    // The schema requires the "$ref" property: an example without it must fail, so the key was read as data.
    const broken = structuredClone(context.spec.document) as unknown as { components: { schemas: { Link: { example: unknown } } } };
    broken.components.schemas.Link.example = { title: 'no $ref key' };
    const brokenResult = checkExamples({ ...context, spec: { ...context.spec, document: broken as unknown as BundledSpec['document'] } });
    expect(brokenResult.problems.map((problem) => [problem.pointer, problem.message])).toEqual([
      ['/components/schemas/Link/example', "must have required property '$ref'"],
    ]);
  });

  test('formatExampleProblem: one line with file:line, operation, where, example name, pointers and message', async () => {
    const context = await loadContractContext(fixture('three-broken.yaml'));
    const [first] = checkExamples(context).problems;
    expect(first).toBeDefined();
    const line = formatExampleProblem(first!, 'three-broken.yaml', context.spec.source.locate);
    expect(line).toBe(
      'three-broken.yaml:16: editMessage, parameter path:message_id, example "default" ' +
        '(#/paths/~1messages~1{message_id}/post/parameters/0/example, at the root) against schema #/paths/~1messages~1{message_id}/post/parameters/0/schema: ' +
        'must NOT have fewer than 5 characters',
    );
    expect(formatExampleProblem({ ...first!, instancePath: '/a/0' }, 'spec.yaml')).toBe(
      'spec.yaml: editMessage, parameter path:message_id, example "default" ' +
        '(#/paths/~1messages~1{message_id}/post/parameters/0/example, at /a/0) against schema #/paths/~1messages~1{message_id}/post/parameters/0/schema: ' +
        'must NOT have fewer than 5 characters',
    );
    // A schema's own example: `where` names the schema already, once is enough.
    const own = { ...first!, where: 'schema #/components/schemas/Id', schemaPointer: '/components/schemas/Id', pointer: '/components/schemas/Id/example' };
    expect(formatExampleProblem(own, 'spec.yaml')).toBe('spec.yaml: editMessage, schema #/components/schemas/Id, example "default" (#/components/schemas/Id/example, at the root): must NOT have fewer than 5 characters');
  });
});

describe('exampleFindings: each problem as an example-invalid finding', () => {
  test('with the lines of one locateAll pass, the same messages as locating each problem', async () => {
    const context = await loadContractContext(fixture('three-broken.yaml'));
    const { problems } = checkExamples(context);
    expect(problems.length).toBeGreaterThan(1);
    const findings = exampleFindings(problems, context.spec.source.file, context.spec.source.locateAll);
    expect(findings.map((item) => item.message)).toEqual(problems.map((problem) => formatExampleProblem(problem, context.spec.source.file, context.spec.source.locate)));
    expect(findings[0]).toMatchObject({ kind: 'spec', rule: 'example-invalid', operation: problems[0]!.operation, example: problems[0]!.example, pointer: problems[0]!.pointer });
    expect(findings[0]!.message).toMatch(/three-broken\.yaml:\d+: /);
  });
});
