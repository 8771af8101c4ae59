import path from 'node:path';
import type { Config, NormalizedProblem } from '@redocly/openapi-core';
import { redocly, withCachedPointerEscapes, withResolvedRefs } from '../libraries/redocly.js';
import { withEditedWalk } from '../libraries/redocly-walk.js';
import { localRefMap } from './local-refs.js';
import { GeneratorError, type SourceLocation } from '../errors.js';
import { unescapePointerSegment } from '../document/index.js';
import { checkReferenceTargets } from './limits.js';
import { describeWarnings, detectVersion, hasExternalRef, problemPointer, refCycleWarnings, versionWarnings, type BundledSpec, type LintWarning, type OpenApiDocument, type OpenApiVersion } from './openapi.js';
import type { SpecSource } from './read-source.js';

export { describeWarnings, detectVersion, hasExternalRef } from './openapi.js';
export type { BundledSpec, LintWarning, OpenApiDocument, OpenApiVersion } from './openapi.js';

const { BaseResolver, bundle, createConfig, getLineColLocation, lintDocument, Source } = redocly;

export interface LintedSpec extends Omit<BundledSpec, 'warnings'> {
  warnings: LintWarning[];
}

let cachedConfig: Promise<Config> | undefined;

/**
 * Redocly's minimal ruleset: structure and unresolved references are errors. Duplicate operationIds are
 * allowed here because the model renames them (with a warning) instead of dropping one. Style rules that say
 * nothing about whether a client can be generated (tag descriptions, paths that differ only by a
 * parameter name at one segment) are off, so warnings stay worth reading.
 */
export function lintConfig(): Promise<Config> {
  cachedConfig ??= createConfig({
    extends: ['minimal'],
    // A `$ref` key inside an example value is data (GitHub's spec has URLs there), never something to fetch.
    resolve: { doNotResolveExamples: true },
    rules: {
      'operation-operationId-unique': 'off',
      'no-unused-components': 'off',
      'security-defined': 'off',
      'tag-description': 'off',
      'no-ambiguous-paths': 'off',
      'operation-summary': 'off',
      'no-server-trailing-slash': 'warn',
      // Examples are validated by the contract suite's own gate (with readOnly/writeOnly by direction and all
      // errors reported); here they would only cost time (about 10 s on GitHub's spec) and flood the output.
      'no-invalid-media-type-examples': 'off',
      'no-invalid-parameter-examples': 'off',
      'no-invalid-schema-examples': 'off',
    },
  });
  return cachedConfig;
}

/** Lints with Redocly's structural rules and inlines external references. Throws on the first error. */
export async function validateAndBundle(source: SpecSource): Promise<BundledSpec> {
  const linted = await lintAndBundle(source);
  return { ...linted, warnings: describeWarnings(linted.warnings, source) };
}

/**
 * What Redocly calls a spec without external `$ref`s. It keys every node it walks by its document's name and
 * the node's pointer (twice per node, in the resolve and in the lint walk), so a short name for the one document
 * makes the lint about 10% cheaper on GitHub's spec than its absolute path would. References that Redocly still
 * resolves as files (a discriminator mapping naming a schema) are resolved against the real path, by
 * SpecFileResolver, so they and their messages are what they would be.
 */
const SPEC_REF = '/spec';

/** validateAndBundle, with the warnings still unformatted: finding their lines can be left to another thread. */
export async function lintAndBundle(source: SpecSource): Promise<LintedSpec> {
  const version = detectVersion(source);
  const config = await lintConfig();
  const external = source.externalRef ?? hasExternalRef(source.parsed);
  const absoluteRef = path.resolve(source.file);
  const rootRef = external ? absoluteRef : SPEC_REF;
  const document = {
    source: new Source(rootRef, source.text, source.file.endsWith('.json') ? 'application/json' : 'application/yaml'),
    parsed: source.parsed,
  };
  const resolver = new SpecFileResolver(config.resolve, rootRef, absoluteRef);
  const spec = { source, rootRef };
  const lint = () => withEditedWalk(() => withCachedPointerEscapes(() => lintDocument({ document, config: config.styleguide, externalRefResolver: resolver })));
  // A spec whose references are all local: its reference map is built here, cheaper than Redocly's typed walk.
  const resolved = external ? undefined : localRefMap(document);
  const linted = await guard(source, () => (resolved ? withResolvedRefs(document, resolved, lint) : lint()));
  const problems = linted.filter((problem) => !isPrototypeNameMisread(problem)).map((problem) => withGeneratorSeverity(problem, version));
  const warnings = [
    ...versionWarnings(source),
    ...refCycleWarnings(source),
    ...problems.filter((problem) => problem.severity !== 'error').map((problem) => toLintWarning(problem, spec)),
  ];
  const firstError = problems.find((problem) => problem.severity === 'error');
  if (firstError) throw problemToError(firstError, spec);

  // A single-file spec is already bundled; walking 12 MB again to find nothing to inline costs ~0.7 s.
  let bundledDocument = source.parsed as OpenApiDocument;
  if (external) {
    const bundled = await guard(source, () => bundle({ doc: document, config, dereference: false }));
    const bundleError = bundled.problems.map((problem) => withGeneratorSeverity(problem, version)).find((problem) => problem.severity === 'error');
    if (bundleError) throw problemToError(bundleError, spec);
    bundledDocument = bundled.bundle.parsed as OpenApiDocument;
  }
  checkReferenceTargets(bundledDocument, source.file, source.locate);
  return { source, version, document: bundledDocument, warnings };
}

/** Redocly's resolver, with the spec's short name (SPEC_REF) standing for its real path. */
class SpecFileResolver extends BaseResolver {
  constructor(
    config: Config['resolve'],
    private readonly rootRef: string,
    private readonly absoluteRef: string,
  ) {
    super(config);
  }

  override resolveExternalRef(base: string | null, ref: string): string {
    return super.resolveExternalRef(base === this.rootRef ? this.absoluteRef : base, ref);
  }
}

/** The spec as Redocly knew it: its source, and the name Redocly gave it. */
interface LintedSource {
  source: SpecSource;
  rootRef: string;
}

/**
 * Some of Redocly's errors do not stop a client from being generated, and real specs have them (a sweep of the
 * 2,639 APIs.guru specs found ten, each refused over one of these): a key Redocly does not expect (a typo like
 * `descrciption`, an example pasted where a schema goes, `nullable` in a 3.1 document): every step reads only the
 * keys it knows; a wrong type inside a vendor extension, under a schema's `definitions` (not a keyword of OpenAPI,
 * read by no step) or at a keyword no step reads (validation keywords such as `pattern` or a 3.0-style boolean
 * `exclusiveMinimum` in 3.1, `example`, `xml`); a 3.0
 * `nullable` beside `allOf` without `type` (GitHub's spec); a server variable whose `default` is missing from its
 * `enum` (the client takes the default); a discriminator mapping that names a schema instead of a `$ref` (valid
 * OpenAPI; Redocly reads it as a reference). Neither do the letter-of-the-law errors other generators let pass
 * (LETTER_OF_THE_LAW; openapi-typescript, hey-api and orval generate their own fixtures that have them) nor
 * anything under `webhooks`, which a client does not call. Those become warnings; every other error still stops.
 */
function withGeneratorSeverity(problem: NormalizedProblem, version: OpenApiVersion): NormalizedProblem {
  if (problem.severity !== 'error') return problem;
  const pointer = problem.location[0]?.pointer ?? '';
  const segments = pointer.replace(/^#/, '').split('/');
  const last = segments.at(-1) ?? '';
  const underUnreadKeyword = segments.some(
    (segment, index) => segment.startsWith('x-') || (segment === 'definitions' && segments[index - 1] !== 'properties'),
  );
  const harmless =
    (problem.ruleId === 'struct' &&
      (/is not expected here/.test(problem.message) || underUnreadKeyword || last === 'nullable' || UNREAD_KEYWORDS.has(last))) ||
    problem.ruleId === 'no-server-variables-empty-enum' ||
    // The bundler reports unresolved references under its own rule id; both count.
    ((/unresolved|bundle/.test(problem.ruleId) || /resolve \$ref/.test(problem.message)) && pointer.includes('/discriminator/mapping/')) ||
    (problem.ruleId === 'struct' && (segments[1] === 'webhooks' || LETTER_OF_THE_LAW.some((rule) => rule(problem.message, segments, version))));
  return harmless ? { ...problem, severity: 'warn' } : problem;
}

/**
 * Struct errors about things no step of the generator needs (`segments` is the problem's pointer, split; the
 * first is empty): a number as `info.version` (the package version is made valid semver anyway), no `info` or no
 * `title` (the client is called "API"), a 3.0 document without `paths` (only components: a client without
 * operations), a response without `description`, an operation without `responses` (3.1 allows both to be left
 * out: nothing to type), a boolean schema, valid JSON Schema in 3.1 (`true` accepts anything, `false` nothing), and
 * `required: true` on a property's schema (Swagger 2.0's way, in hey-api's own fixtures; the types drop it:
 * emit/type-passes/drop-boolean-required.ts).
 */
const LETTER_OF_THE_LAW: ((message: string, segments: string[], version: OpenApiVersion) => boolean)[] = [
  (message, segments) => segments.join('/') === '/info/version' && /^Expected type `string` but got `(integer|number)`/.test(message),
  (message, segments) => segments.join('/') === '/info' && message.startsWith('The field `title` must be present'),
  (message, segments) => segments.join('/') === '/' && /^The field `(info|paths)` must be present/.test(message),
  (message, segments) => segments.at(-2) === 'responses' && message.startsWith('The field `description` must be present'),
  (message, segments) => segments[1] === 'paths' && segments.length === 4 && message.startsWith('The field `responses` must be present'),
  (message, _segments, version) => version === '3.1' && /^Expected type `Schema` \(object\) but got `boolean`/.test(message),
  (message, segments) => segments.at(-1) === 'required' && /^Expected type `array` but got `boolean`/.test(message),
];

/**
 * Keywords whose value no step of the generator reads: examples and documentation, and the validation keywords
 * (a client's types do not carry bounds or patterns; the contract suite checks examples on its own).
 */
const UNREAD_KEYWORDS = new Set([
  'example', 'examples', 'xml', 'externalDocs',
  'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
]);

/** Redocly throws plain errors (a stack overflow, a circular pointer in an external file): one line, with the file. */
async function guard<T>(source: SpecSource, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GeneratorError) throw error;
    const reason = error instanceof RangeError ? 'the document nests too deeply' : firstLineOf(error);
    throw new GeneratorError(`Redocly could not process the document: ${reason}`, { file: source.file }, { cause: error });
  }
}

function firstLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

/**
 * Redocly's struct rule looks a property's expected type up with `type.properties[name]`, so a schema property
 * called `constructor` (or `toString`, ...) finds Object.prototype's member and is reported as
 * "Expected type `string` but got `object`" although it is valid. Those reports are dropped.
 */
function isPrototypeNameMisread(problem: NormalizedProblem): boolean {
  if (problem.ruleId !== 'struct') return false;
  const pointer = problem.location[0]?.pointer ?? '';
  const last = unescapePointerSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
  return last in Object.prototype;
}

function problemLocation(problem: NormalizedProblem, { source, rootRef }: LintedSource): SourceLocation {
  const where = problem.location[0];
  if (!where) return { file: source.file };
  const pointer = (where.pointer ?? '').replace(/^#/, '');
  if (where.source.absoluteRef === rootRef) {
    return locateProblem(problem.ruleId, pointer, source);
  }
  // A problem inside an external file: Redocly knows that file's lines.
  const lineCol = getLineColLocation(where);
  return {
    file: path.relative(process.cwd(), where.source.absoluteRef),
    line: lineCol.start.line,
    column: lineCol.start.col,
    pointer,
  };
}

function locateProblem(ruleId: string, pointer: string, source: SpecSource): SourceLocation {
  return { ...source.locate(problemPointer(ruleId, pointer)), pointer };
}

function problemToError(problem: NormalizedProblem, spec: LintedSource): GeneratorError {
  return new GeneratorError(problemMessage(problem), problemLocation(problem, spec));
}

function toLintWarning(problem: NormalizedProblem, spec: LintedSource): LintWarning {
  const where = problem.location[0];
  const pointer = (where?.pointer ?? '').replace(/^#/, '');
  const inThisFile = !where || where.source.absoluteRef === spec.rootRef;
  return {
    message: problemMessage(problem),
    pointer,
    ruleId: problem.ruleId,
    ...(inThisFile ? {} : { location: problemLocation(problem, spec) }),
  };
}

function problemMessage(problem: NormalizedProblem): string {
  const message = problem.message.replace(/\s+/g, ' ').trim();
  return problem.ruleId === 'no-unresolved-refs' ? `dangling $ref: ${message}` : message;
}
