import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
import type * as TS from 'typescript';
import { openapiTypescript } from '../libraries/openapi-typescript.js';
import { ts } from '../libraries/typescript.js';
import { GeneratorError } from '../errors.js';
import { escapePointerSegment, unescapePointerSegment } from '../load/json-pointer.js';
import { HTTP_METHODS } from '../model/types.js';
import { dedupeTypeMembers } from './dedupe-members.js';
import type { OpenApiDocument } from '../load/validate-and-bundle.js';
import { forEachRef } from '../model/resolve.js';

const { astToString, resolveRef, scanDiscriminators, stringToAST, transformSchema } = openapiTypescript;

type JsonObject = Record<string, unknown>;

/**
 * The `paths`, `components` and `operations` types, by openapi-typescript. We call its transformer on our
 * already validated and bundled document instead of `openapiTS()`, which would parse, lint and bundle the
 * spec a second time. Two repairs on the way (each decision is pushed to `warnings` when it changes a type):
 * - a cycle of schemas that refer to each other through `allOf`/`anyOf`/`oneOf`/`$ref` alone has no finite
 *   TypeScript type; the reference that closes it is typed `unknown`;
 * - a recursive component schema (one in a cycle of references) becomes a module-level type alias that refers
 *   to itself by name, since TypeScript rejects `components["schemas"]["Tree"][]` inside `Tree` itself
 *   (openapi-typescript issue #1603).
 * - an operationId used by several operations would be a duplicate key in `operations`; only its first
 *   operation keeps it there (the others are typed in `paths`, which is what the client uses);
 * `format: binary` strings are typed `Blob`, which is what the client sends and receives for them.
 */
export function emitTypes(document: OpenApiDocument, file: string, warnings: string[] = []): string {
  const prepared = breakEagerCycles(withUniqueOperationIds(hoistNestedRefTargets(document)), file, warnings);
  const schema = prepared as unknown as OpenAPI3;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, { silent: true }),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only openapiTS() itself reads this; the transformers do not.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    inject: undefined,
    transform: binaryAsBlob,
    makePathsEnum: false,
    generatePathParams: false,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: true });
    },
  };
  try {
    const operationIdOf = (path: string, method: string) => {
      const id = (prepared.paths?.[path]?.[method] as JsonObject | undefined)?.operationId;
      return typeof id === 'string' ? id : undefined;
    };
    const nodes = dedupeTypeMembers(transformSchema(schema, ctx).map(tolerantWithRequired), Object.keys(ctx.discriminators.objects), operationIdOf);
    return astToString(aliasRecursiveSchemas(nodes, recursiveSchemaNames(prepared)));
  } catch (error) {
    const message = error instanceof RangeError ? 'the document nests too deeply' : (error as Error).message;
    // openapi-typescript names the schema it stopped at (`... at #/components/schemas/X`): that is the location.
    const at = / at #(\/\S*)$/.exec(message);
    const reason = at ? message.slice(0, at.index) : message;
    throw new GeneratorError(`openapi-typescript could not type the spec: ${reason}`, at ? { file, pointer: at[1] } : { file }, { cause: error });
  }
}

/**
 * openapi-typescript's helper for `allOf` members with `required` is `WithRequired<T, K extends keyof T>`, which
 * does not compile when T is a nullable schema (`keyof (X | null)` is `never`; seen in Plaid's spec). The same
 * helper over `NonNullable<T>` types the same for every other T.
 */
function tolerantWithRequired(node: TS.Node): TS.Node {
  if (!ts.isTypeAliasDeclaration(node) || node.name.text !== 'WithRequired') return node;
  return TOLERANT_WITH_REQUIRED;
}

const TOLERANT_WITH_REQUIRED = stringToAST('type WithRequired<T, K extends keyof NonNullable<T>> = T & { [P in K]-?: NonNullable<T>[P] };')[0] as TS.Node;

/**
 * A `$ref` into something written inline (`#/paths/~1a/post/requestBody/.../schema`, `#/paths/~1a/get/parameters/0`,
 * `#/components/parameters/id/schema`, `#/components/schemas/Item/definitions/kind`) is valid, but openapi-typescript
 * turns it into an index into its types that often does not exist (see hoistKindOf). For the types only, each such target is copied into the `components` section of its kind, named
 * after its pointer, and every reference to it, or into it, points there instead. Documents without such refs are
 * returned as they are.
 */
function hoistNestedRefTargets(document: OpenApiDocument): OpenApiDocument {
  const targets = new Map<string, HoistKind>();
  forEachRef(document, (ref) => {
    const kind = hoistKindOf(ref);
    if (kind) targets.set(ref, kind);
  });
  if (targets.size === 0) return document;
  const copy = structuredClone(document);
  const components = (copy.components ??= {}) as Record<string, JsonObject>;
  const renamed = new Map<string, string>();
  for (const target of [...targets.keys()].sort()) {
    const kind = targets.get(target)!;
    const section = (components[kind.section] ??= {});
    const where = target.startsWith('#/paths/') ? target.slice('#/paths/'.length) : target.slice('#/components/'.length);
    let name = `${target.startsWith('#/paths/') ? kind.pathPrefix : 'Nested_'}${where.replace(/~1/g, '_').replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '')}`;
    while (name in section) name += '_';
    const value = resolveRef(copy as unknown as OpenAPI3, target, { silent: true });
    if (value === undefined) continue;
    section[name] = structuredClone(value);
    renamed.set(target, `#/components/${kind.section}/${escapePointerSegment(name)}`);
  }
  // Longest first, so that a ref into a hoisted target that is itself inside another one finds its own copy.
  const byLength = [...renamed].sort(([a], [b]) => b.length - a.length);
  forEachRef(copy, (ref, holder) => {
    for (const [target, replacement] of byLength) {
      if (ref === target || ref.startsWith(`${target}/`)) {
        holder.$ref = replacement + ref.slice(target.length);
        return;
      }
    }
  });
  return copy;
}

interface HoistKind {
  section: 'schemas' | 'parameters' | 'responses' | 'requestBodies' | 'headers';
  /** Name prefix of a copy taken from under `paths`. */
  pathPrefix: string;
}

const HOIST_KINDS: Record<HoistKind['section'], HoistKind> = {
  schemas: { section: 'schemas', pathPrefix: 'PathSchema_' },
  parameters: { section: 'parameters', pathPrefix: 'PathParameter_' },
  responses: { section: 'responses', pathPrefix: 'PathResponse_' },
  requestBodies: { section: 'requestBodies', pathPrefix: 'PathRequestBody_' },
  headers: { section: 'headers', pathPrefix: 'PathHeader_' },
};

/** Where a `$ref`'s target must be copied for openapi-typescript to type it, or undefined if it can be used as is. */
function hoistKindOf(ref: string): HoistKind | undefined {
  if (!ref.startsWith('#/')) return undefined;
  const segments = ref.slice(2).split('/');
  const [root, section] = segments;
  if (root === 'components') {
    if (segments.length <= 3) return undefined; // a component itself
  } else if (root !== 'paths') {
    return undefined;
  }
  // A `$ref` key inside an example value is data (Shutterstock's spec points one at another example).
  if (segments.some((segment, index) => (segment === 'example' || segment === 'examples') && segments[index - 1] !== 'properties')) return undefined;
  // Even `X/properties/a` is not always indexable: not when a property is called `properties` (Azure), an
  // intermediate property is optional (`X["a"]["b"]` on `{ a?: ... }`), or X is nullable. Every nested target is copied.
  if (section === 'schemas' || segments.includes('schema')) return HOIST_KINDS.schemas;
  const parent = segments.at(-2);
  if (parent === 'parameters') return HOIST_KINDS.parameters;
  if (parent === 'responses') return HOIST_KINDS.responses;
  if (parent === 'headers') return HOIST_KINDS.headers;
  if (segments.at(-1) === 'requestBody') return HOIST_KINDS.requestBodies;
  return undefined;
}

/** A copy without the second and later uses of each operationId (the model has already warned about them). */
function withUniqueOperationIds(document: OpenApiDocument): OpenApiDocument {
  const seen = new Set<string>();
  const repeats: [path: string, method: string][] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (item === null || typeof item !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const id = (item[method] as JsonObject | undefined)?.operationId;
      if (typeof id !== 'string') continue;
      if (seen.has(id)) repeats.push([path, method]);
      seen.add(id);
    }
  }
  if (repeats.length === 0) return document;
  const copy = structuredClone(document);
  for (const [path, method] of repeats) delete (copy.paths![path]![method] as JsonObject).operationId;
  return copy;
}

/** `type: string, format: binary` (a file, or a raw body) is a Blob on both sides of the client. */
function binaryAsBlob(schemaObject: unknown): TS.TypeNode | undefined {
  if (schemaObject === null || typeof schemaObject !== 'object') return undefined;
  const { type, format, nullable } = schemaObject as JsonObject;
  const types = Array.isArray(type) ? type : [type];
  if (format !== 'binary' || !types.includes('string')) return undefined;
  const blob = ts.factory.createTypeReferenceNode('Blob');
  if (nullable !== true && !types.includes('null')) return blob;
  return ts.factory.createUnionTypeNode([blob, ts.factory.createLiteralTypeNode(ts.factory.createNull())]);
}

const SCHEMA_REF_PREFIX = '#/components/schemas/';


function componentSchemas(document: OpenApiDocument): JsonObject {
  const schemas = document.components?.schemas;
  return schemas !== null && typeof schemas === 'object' ? (schemas as JsonObject) : {};
}

/** The component schema a `$ref` names (`#/components/schemas/Pet`), if it names one exactly. */
function schemaNameOf(ref: unknown, schemas: JsonObject): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_REF_PREFIX)) return undefined;
  const rest = ref.slice(SCHEMA_REF_PREFIX.length);
  if (rest.includes('/')) return undefined;
  let name = unescapePointerSegment(rest);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Left as written.
  }
  return Object.prototype.hasOwnProperty.call(schemas, name) ? name : undefined;
}

interface RefSite {
  target: string;
  /** Segments from the component schema to the `$ref` object. */
  path: string[];
}

/** `$ref`s a schema's TypeScript type needs at once: its own, and those of its allOf/anyOf/oneOf members. */
function eagerRefs(schema: unknown, schemas: JsonObject): RefSite[] {
  const sites: RefSite[] = [];
  const stack: { node: unknown; path: string[] }[] = [{ node: schema, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    const object = node as JsonObject;
    const target = schemaNameOf(object.$ref, schemas);
    if (target !== undefined) sites.push({ target, path });
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      const members = object[key];
      if (Array.isArray(members)) members.forEach((member, index) => stack.push({ node: member, path: [...path, key, String(index)] }));
    }
  }
  return sites;
}

/** Every component schema that a schema refers to anywhere inside it. */
function allRefs(schema: unknown, schemas: JsonObject): Set<string> {
  const targets = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const target = schemaNameOf((node as JsonObject).$ref, schemas);
    if (target !== undefined) targets.add(target);
    stack.push(...Object.values(node));
  }
  return targets;
}

/**
 * Replaces each `$ref` that closes an eager cycle (A is `allOf: [B]`, B is `oneOf: [A, ...]`) with `{}`, on a
 * copy of the document. Deterministic: schemas are visited in document order.
 */
function breakEagerCycles(document: OpenApiDocument, file: string, warnings: string[]): OpenApiDocument {
  const schemas = componentSchemas(document);
  const names = Object.keys(schemas);
  const edges = new Map(names.map((name) => [name, eagerRefs(schemas[name], schemas)]));
  const state = new Map<string, 'active' | 'done'>();
  const cut: { from: string; site: RefSite }[] = [];
  for (const root of names) {
    if (state.has(root)) continue;
    // Iterative depth-first search; an edge back to an active schema closes a cycle.
    const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
    state.set(root, 'active');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const sites = edges.get(frame.name)!;
      if (frame.next >= sites.length) {
        state.set(frame.name, 'done');
        stack.pop();
        continue;
      }
      const site = sites[frame.next++]!;
      const seen = state.get(site.target);
      if (seen === 'active') cut.push({ from: frame.name, site });
      else if (seen === undefined) {
        state.set(site.target, 'active');
        stack.push({ name: site.target, next: 0 });
      }
    }
  }
  if (cut.length === 0) return document;
  const copy = structuredClone(document);
  const copied = componentSchemas(copy);
  for (const { from, site } of cut) {
    const pointer = `/components/schemas/${[from, ...site.path].map(escapePointerSegment).join('/')}`;
    warnings.push(
      `${file} (#${pointer}): ${SCHEMA_REF_PREFIX}${site.target} closes a cycle of allOf/anyOf/oneOf references, which has no finite type; typed as unknown there`,
    );
    if (site.path.length === 0) {
      copied[from] = {};
      continue;
    }
    let parent = copied[from] as JsonObject;
    for (const segment of site.path.slice(0, -1)) parent = parent[segment] as JsonObject;
    parent[site.path[site.path.length - 1]!] = {};
  }
  return copy;
}

/** Component schemas that take part in a cycle of references (strongly connected components; Tarjan, iterative). */
function recursiveSchemaNames(document: OpenApiDocument): string[] {
  const schemas = componentSchemas(document);
  const names = Object.keys(schemas);
  const edges = new Map(names.map((name) => [name, [...allRefs(schemas[name], schemas)]]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const recursive = new Set<string>();
  let counter = 0;
  for (const root of names) {
    if (index.has(root)) continue;
    const work: { name: string; next: number }[] = [{ name: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.name)!;
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ name: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.name, Math.min(low.get(frame.name)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.name, Math.min(low.get(parent.name)!, low.get(frame.name)!));
      if (low.get(frame.name) === index.get(frame.name)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.name);
        if (component.length > 1 || targets.includes(frame.name)) for (const name of component) recursive.add(name);
      }
    }
  }
  return names.filter((name) => recursive.has(name));
}

/**
 * Moves each recursive schema's type out of `components.schemas` into a module-level alias (`type
 * Schema$Tree = ...`), and inside those aliases refers to recursive schemas by alias name. The
 * `components["schemas"]["Tree"]` type callers use is unchanged: it is the alias.
 */
function aliasRecursiveSchemas(nodes: TS.Node[], recursive: string[]): TS.Node[] {
  if (recursive.length === 0) return nodes;
  const aliasNames = new Map<string, string>();
  const taken = new Set(['paths', 'webhooks', 'components', '$defs', 'operations']);
  for (const name of recursive) {
    const base = `Schema$${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
    let alias = base;
    for (let counter = 2; taken.has(alias); counter++) alias = `${base}_${counter}`;
    taken.add(alias);
    aliasNames.set(name, alias);
  }
  const f = ts.factory;
  const aliases: TS.TypeAliasDeclaration[] = [];
  const rewrite = (type: TS.TypeNode): TS.TypeNode => {
    const result = ts.transform(type, [
      (context) => (root) => {
        const visit = (node: TS.Node): TS.Node => {
          const target = schemaIndexTarget(node);
          const alias = target === undefined ? undefined : aliasNames.get(target);
          if (alias !== undefined) return f.createTypeReferenceNode(alias);
          return ts.visitEachChild(node, visit, context);
        };
        return ts.visitNode(root, visit) as TS.TypeNode;
      },
    ]);
    const transformed = result.transformed[0]!;
    result.dispose();
    return transformed;
  };
  const rewriteSchemas = (schemasType: TS.TypeLiteralNode): TS.TypeLiteralNode =>
    f.updateTypeLiteralNode(
      schemasType,
      f.createNodeArray(
        schemasType.members.map((member) => {
          if (!ts.isPropertySignature(member) || !member.type) return member;
          const name = propertyNameText(member.name);
          const alias = name === undefined ? undefined : aliasNames.get(name);
          if (alias === undefined) return member;
          aliases.push(f.createTypeAliasDeclaration(undefined, alias, undefined, rewrite(member.type)));
          return f.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, f.createTypeReferenceNode(alias));
        }),
      ),
    );
  const result = nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'components') return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || propertyNameText(member.name) !== 'schemas' || !member.type || !ts.isTypeLiteralNode(member.type)) {
        return member;
      }
      return f.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, rewriteSchemas(member.type));
    });
    return f.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
  });
  const componentsIndex = result.findIndex((node) => ts.isInterfaceDeclaration(node) && node.name.text === 'components');
  result.splice(componentsIndex + 1, 0, ...aliases);
  return result;
}

function propertyNameText(name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** `X` for the type node `components["schemas"]["X"]`. */
function schemaIndexTarget(node: TS.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const outer = literalText(node.indexType);
  const inner = node.objectType;
  if (outer === undefined || !ts.isIndexedAccessTypeNode(inner) || literalText(inner.indexType) !== 'schemas') return undefined;
  const root = inner.objectType;
  if (!ts.isTypeReferenceNode(root) || !ts.isIdentifier(root.typeName) || root.typeName.text !== 'components') return undefined;
  return outer;
}

function literalText(node: TS.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}
