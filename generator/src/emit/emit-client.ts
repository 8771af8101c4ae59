import type {
  ClassDeclarationStructure,
  InterfaceDeclarationStructure,
  StatementStructures,
  WriterFunction,
} from 'ts-morph';
import { isHeaderName, isUsableBaseUrl } from '../document/index.js';
import { tsMorph } from '../libraries/ts-morph.js';
import { functionNameOf } from '../model/naming.js';
import type { ApiModel, GroupModel, OperationModel, PaginationModel } from '../model/types.js';
import { apiName } from './api-name.js';
import { classText, functionText, typeAliasText, type ClassText, type FunctionText, type MemberText, type ParameterText } from './declaration-text.js';
import { docLines, docText } from './jsdoc.js';
import { logEnvName } from './log-env.js';
import { printStatements, type Statement } from './print-statements.js';
import { dataLiteral, needsRequestBody, needsWire, operationSpec, operationSpecLiteral, schemesNeedWire, securitySchemesLiteral, securitySchemeSpecs } from './operation-spec.js';
import {
  argumentsType,
  errorBodyType,
  headersType,
  operationTypeExpression,
  pagedBodyType,
  resultType,
  statusType,
  stringLiteral,
  type TypeOptions,
} from './type-expressions.js';

const { StructureKind, VariableDeclarationKind } = tsMorph;

/** ts-morph separates classes from their neighbours by itself; other statements follow each other directly. */
const BLANK_LINE: WriterFunction = (writer) => writer.blankLineIfLastNot();

export interface ClientEmitOptions {
  clientName: string;
  /** Names the API when the spec's title does not (emit/api-name.ts). */
  packageName?: string;
}

/**
 * The typed wrapper: one class per group, one method per operation, explicit named types for every
 * argument, result and error (inferring them through openapi-fetch's generics costs callers far more
 * type-checking). All structures are built first and printed in one call: ts-morph's node-by-node API
 * grows quadratically with the number of methods.
 *
 * Every operation is also a standalone function taking the client's core (`cancelBroadcast(core, args)`), which
 * its group's method calls: a program that imports only the functions it calls and the core class bundles only
 * those operations (the grouped client reaches every one of them from its constructor).
 *
 * Laid out to be read and stepped through: the imports, the default base URL and the error types, then one
 * section per group (each operation's types, `OperationSpec` and function, a blank line between operations, then
 * the group's class), then the core class and the client class.
 */
/** The `Readable`/`Writable` helpers the operation types wrap bodies in (type-expressions.ts), to import only those. */
function readWriteHelpersUsed(model: ApiModel): string[] {
  if (!model.readWriteMarkers) return [];
  const readable = model.operations.some((operation) => operation.responses.some((response) => response.contents.some((content) => content.readWriteMarked)));
  const writable = model.operations.some((operation) => operation.requestBody?.readWriteMarked === true);
  return [...(readable ? ['Readable'] : []), ...(writable ? ['Writable'] : [])];
}

export function emitClient(model: ApiModel, options: ClientEmitOptions): string {
  const paged = model.operations.some((operation) => operation.pagination);
  const statements: Statement[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './schema.js',
      namedImports: ['paths', ...readWriteHelpersUsed(model)],
      isTypeOnly: true,
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime.js',
      namedImports: [
        'ApiErrorBase',
        ...(paged ? ['paginateItems', 'paginatePages'] : []),
        'Transport',
        { name: 'ApiErrorOf', isTypeOnly: true },
        { name: 'BaseClientOptions', isTypeOnly: true },
        ...(usesBasic(model) ? [{ name: 'BasicCredentials', isTypeOnly: true }] : []),
        ...(model.securitySchemes.some((scheme) => scheme.optionNames.length > 0) ? [{ name: 'Credential', isTypeOnly: true }] : []),
        { name: 'OperationSpec', isTypeOnly: true },
        ...(paged ? [{ name: 'Pagination', isTypeOnly: true }] : []),
        { name: 'RequestOptions', isTypeOnly: true },
        { name: 'SecuritySchemeSpec', isTypeOnly: true },
      ],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './response.js',
      namedImports: ['ResponsePromise'],
      isTypeOnly: true,
    },
    // Only when an operation's spec or a scheme needs it: other clients, and bundles of other operations, leave wire.ts out.
    ...(model.operations.some(needsWire) || schemesNeedWire(model.securitySchemes) ? [wireImport()] : []),
    ...(model.operations.some(needsRequestBody) ? [requestBodyImport()] : []),
    BLANK_LINE,
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: ['Base URL used when the constructor is given none: the spec\'s first server.'],
      declarations: [{ name: 'DEFAULT_BASE_URL', initializer: stringLiteral(model.defaultBaseUrl ?? '') }],
    },
    BLANK_LINE,
    clientOptions(model),
    // Printed as text, like the operation specs.
    `/** How each security scheme of the spec is sent, and the constructor options that hold its credential. */\nconst SECURITY_SCHEMES: readonly SecuritySchemeSpec[] = ${securitySchemesLiteral(securitySchemeSpecs(model.securitySchemes))};`,
  ];

  statements.push(BLANK_LINE, ...apiErrorStatements(model));
  for (const group of model.groups) {
    const count = group.operations.length;
    statements.push(BLANK_LINE, `// ${group.className} (client.${group.property}): ${count} operation${count === 1 ? '' : 's'}.`);
    for (const [index, operation] of group.operations.entries()) {
      if (index > 0) statements.push(BLANK_LINE);
      // One text per operation, laid out as ts-morph lays out its parts: each declaration ending in `;` on the next
      // line, the functions after a blank line (its own spacing before a function), a blank line between each two.
      const declarations = operationStatements(operation, { readWriteMarkers: model.readWriteMarkers }).join('\n');
      statements.push(`${declarations}\n\n${operationFunctions(operation, coreName(options)).map(functionText).join('\n\n')}`);
    }
    // Printed as text (declaration-text.ts), between blank lines as ts-morph sets a class apart.
    statements.push(BLANK_LINE, classText(groupClass(group)), BLANK_LINE);
  }
  statements.push(coreClass(model, options), clientClass(model, options));

  // Printed straight from the structures and texts: a Project would parse the text again (half the time on GitHub's
  // spec), and the generator's own check parses it anyway (verify/).
  return printStatements(statements);
}

function wireImport(): Statement {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier: './wire.js', namedImports: ['wire'] };
}

function requestBodyImport(): Statement {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier: './body.js', namedImports: ['requestBody'] };
}

function usesBasic(model: ApiModel): boolean {
  return model.securitySchemes.some((scheme) => scheme.kind === 'basic' && scheme.optionNames.length > 0);
}

/** The constructor's options: every client's, plus one per security scheme (named after it) that the runtime can send. */
function clientOptions(model: ApiModel): InterfaceDeclarationStructure {
  const properties = model.securitySchemes.flatMap((scheme) =>
    scheme.optionNames.map((option, index) => {
      const how =
        scheme.kind === 'basic'
          ? 'sent as `Authorization: Basic …`'
          : scheme.kind === 'authorization'
            ? `sent as \`Authorization: ${scheme.authScheme} <token>\``
            : `sent as the ${scheme.in} ${scheme.in === 'query' ? 'parameter' : scheme.in === 'cookie' ? 'cookie' : 'header'} \`${scheme.parameterName}\``;
      const alias = index > 0 ? ` Another name for \`${scheme.optionNames[0]}\`.` : '';
      return {
        name: option,
        type: scheme.kind === 'basic' ? 'Credential<BasicCredentials>' : 'Credential',
        hasQuestionToken: true,
        docs: [docLines(`Security scheme \`${scheme.name}\` (${scheme.type}), ${how} to operations that require it; a value, or a (possibly async) function called for each request.${alias}`)],
      };
    }),
  );
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: 'ClientOptions',
    extends: ['BaseClientOptions'],
    docs: ['Options given once, to the client\'s constructor.'],
    properties,
  };
}

/** The operation's type aliases and constants, each ending in `;`. */
function operationStatements(operation: OperationModel, options: TypeOptions): string[] {
  const base = operation.typeName;
  const opType = `${base}Operation`;
  const alias = (name: string, type: string, docs?: string): string => typeAliasText({ name, type, docs: docs || undefined });
  const errors = operation.responses.filter((response) => !response.success);
  const errorUnion =
    errors
      .map(
        (response) =>
          `ApiErrorOf<${stringLiteral(operation.id)}, ${statusType(response.status)}, ${errorBodyType(opType, response, options)}>`,
      )
      .join(' | ') || 'never';

  return [
    alias(opType, operationTypeExpression(operation), `openapi-typescript's type of ${docText(`${operation.method.toUpperCase()} ${operation.path}`)}.`),
    alias(`${base}Args`, argumentsType(opType, operation, options), `Arguments of \`${operation.group}.${operation.name}\`.`),
    alias(`${base}Result`, resultType(opType, operation, options), `What \`${operation.group}.${operation.name}\` resolves to.`),
    alias(`${base}Error`, errorUnion, `Documented error responses of \`${operation.group}.${operation.name}\`, thrown as \`ApiError\`.`),
    alias(`${base}Headers`, headersType(operation), `Documented headers of \`${operation.group}.${operation.name}\`'s success response, from \`.withResponse()\`.`),
    // Printed as text: ts-morph would indent the literal's lines under the declaration. Typed `OperationSpec`, so
    // the compiler checks the literal against the runtime too (the generator's copy of the type is checked in tests).
    `const ${base}Spec: OperationSpec = ${operationSpecLiteral(operationSpec(operation))};`,
    ...(operation.pagination ? pagingStatements(operation, operation.pagination, alias) : []),
  ];
}

/** A paged operation's item type and the paging the runtime follows. */
function pagingStatements(
  operation: OperationModel,
  paging: PaginationModel,
  alias: (name: string, type: string, docs?: string) => string,
): string[] {
  const base = operation.typeName;
  const itemType = `${paging.items.reduce((type, key) => `NonNullable<${type}[${stringLiteral(key)}]>`, pagedBodyType(`${base}Result`, operation))}[number]`;
  const { source: _source, ...runtime } = paging;
  const literal = { ...runtime, ...(operation.argumentShape === 'nested' ? { nested: true } : {}) };
  return [
    alias(`${base}Item`, itemType, `One item of \`${operation.group}.${operation.name}\`'s pages, as \`${operation.name}Items()\` yields them.`),
    `const ${base}Paging: Pagination = ${dataLiteral(literal)};`,
  ];
}

function apiErrorStatements(model: ApiModel): StatementStructures[] {
  const withErrors = model.operations.filter((operation) => operation.responses.some((r) => !r.success));
  const union = withErrors.map((operation) => `${operation.typeName}Error`).join(' | ') || 'never';
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'AnyApiError',
      type: union,
      docs: ['Every documented error response of every operation.'],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: [
        docLines(
          'Thrown for every documented non-2xx response. `instanceof ApiError` narrows to the union of documented',
          'errors, so checking `operation` and `status` types `body`:',
          '`if (e instanceof ApiError && e.status === 409) e.body.message`.',
        ).replace(/\n\n/g, '\n'),
      ],
      declarations: [
        {
          // Same runtime class; only the static view of `prototype` changes, which is what `instanceof` narrows to.
          name: 'ApiError',
          initializer: `ApiErrorBase as typeof ApiErrorBase & { readonly prototype: ${withErrors.length > 0 ? 'AnyApiError' : 'ApiErrorBase'} }`,
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ApiError',
      type: withErrors.length > 0 ? 'AnyApiError' : 'ApiErrorBase',
    },
  ];
}

function groupClass(group: GroupModel): ClassText {
  return {
    name: group.className,
    docs: docLines(groupDescription(group)),
    members: [
      { kind: 'property', name: 'transport', type: 'Transport', readonly: true, docs: '@internal' },
      {
        kind: 'constructor',
        parameters: [{ name: 'transport', type: 'Transport' }],
        statements: ['this.transport = transport;'],
        docs: '@internal Created by the client; use `client.' + group.property + '`.',
      },
      ...group.operations.flatMap((operation) => [operationMethod(operation), ...pagingMethods(operation)]),
    ],
  };
}

/** What a group holds: a tag's operations, untagged ones under one path segment, or both. */
function groupDescription(group: GroupModel): string {
  const resource = group.pathSegment === undefined ? undefined : `on the \`${group.pathSegment}\` resource (their first path segment)`;
  if (group.tag === undefined) return resource ? `Untagged operations ${resource}.` : 'Operations without a tag.';
  return `Operations tagged \`${group.tag}\`${resource ? `, and untagged ones ${resource}` : ''}.`;
}

function operationMethod(operation: OperationModel): MemberText {
  const base = operation.typeName;
  return {
    kind: 'method',
    name: operation.name,
    docs: operationDocs(operation),
    parameters: [argsParameter(operation), { name: 'options', type: 'RequestOptions', optional: true }],
    returnType: `ResponsePromise<${base}Result, ${base}Headers>`,
    // The group holds the transport, so it is a core to the standalone function.
    statements: [`return ${functionNameOf(base)}(this, args, options);`],
  };
}

function operationDocs(operation: OperationModel): string {
  const base = operation.typeName;
  // Operations that document no error status throw only UnexpectedResponseError; `@throws {never}` says nothing.
  const documentsErrors = operation.responses.some((response) => !response.success);
  const tags = documentsErrors ? [`@throws {${base}Error} for a documented error status (as \`ApiError\`).`] : [];
  if (operation.deprecated) tags.push('@deprecated The spec marks this operation as deprecated.');
  const docs = docLines(operation.summary, operation.description, `\`${operation.method.toUpperCase()} ${operation.path}\``);
  return [docs, ...tags].join('\n');
}

/**
 * The operation as a function of the client's core, and for a paged one its two iterators: what the group's
 * methods call, and what a program imports to bundle this operation alone.
 */
function operationFunctions(operation: OperationModel, core: string): FunctionText[] {
  const base = operation.typeName;
  const name = functionNameOf(base);
  const args = argsParameter(operation);
  const parameters: ParameterText[] = [{ name: 'client', type: core }, args, { name: 'options', type: 'RequestOptions', optional: true }];
  const same = (member: string) => `The same call as \`client.${operation.group}.${member}()\`, importable alone.`;
  const functions: FunctionText[] = [
    {
      name,
      docs: `${operationDocs(operation)}\n\n${same(operation.name)}`,
      parameters,
      returnType: `ResponsePromise<${base}Result, ${base}Headers>`,
      statements: [`return client.transport.call(${base}Spec, args, options) as ResponsePromise<${base}Result, ${base}Headers>;`],
    },
  ];
  const paging = operation.pagination;
  if (!paging) return functions;
  const call = `(pageArgs, pageOptions) => client.transport.call(${base}Spec, pageArgs, pageOptions)`;
  const iterator = (suffix: 'Pages' | 'Items', yields: string, runtime: string, doc: string): FunctionText => ({
    name: `${name}${suffix}`,
    docs: docLines(doc, `${pagingHow(paging)}. Use with \`for await\`.`, same(`${operation.name}${suffix}`)),
    parameters,
    returnType: `AsyncGenerator<${yields}, void, undefined>`,
    statements: [`return ${runtime}(${call}, args, options, ${base}Paging) as AsyncGenerator<${yields}, void, undefined>;`],
  });
  functions.push(
    iterator('Pages', `${base}Result`, 'paginatePages', `Every page of \`${operation.name}\`, starting from \`args\`.`),
    iterator('Items', `${base}Item`, 'paginateItems', `Every item of every page of \`${operation.name}\`, starting from \`args\`.`),
  );
  return functions;
}

/** `<name>Pages()` and `<name>Items()` for a paged operation: async iterators over its pages and their items. */
function pagingMethods(operation: OperationModel): MemberText[] {
  const paging = operation.pagination;
  if (!paging) return [];
  const base = operation.typeName;
  const args = argsParameter(operation);
  const method = (suffix: 'Pages' | 'Items', yields: string, doc: string): MemberText => ({
    kind: 'method',
    name: `${operation.name}${suffix}`,
    docs: docLines(doc, `${pagingHow(paging)}. Use with \`for await\`.`),
    parameters: [args, { name: 'options', type: 'RequestOptions', optional: true }],
    returnType: `AsyncGenerator<${yields}, void, undefined>`,
    statements: [`return ${functionNameOf(base)}${suffix}(this, args, options);`],
  });
  return [
    method('Pages', `${base}Result`, `Every page of \`${operation.name}\`, starting from \`args\`.`),
    method('Items', `${base}Item`, `Every item of every page of \`${operation.name}\`, starting from \`args\`.`),
  ];
}

/** How a paged operation pages, in words: `Pages moving \`offset\` by the items received, …`. */
function pagingHow(paging: PaginationModel): string {
  const how = {
    offset: `moving \`${paging.offset}\` by the items received, until a page has fewer than \`${paging.limit}\` items (or none)`,
    page: `counting \`${paging.page}\` up until a page is empty${paging.size ? ` or shorter than \`${paging.size}\`` : ''}`,
    link: 'following the `Link` header\'s `rel="next"` URL',
    cursor: paging.nextCursor
      ? `passing the response's \`${paging.nextCursor.join('.')}\` as \`${paging.cursor}\` until it is empty`
      : `passing the last item's \`${paging.itemCursor}\` as \`${paging.cursor}\` while \`${(paging.hasMore ?? []).join('.')}\` is true`,
  }[paging.style];
  return `Pages ${how}${paging.source === 'declared' ? ' (declared in the generator config)' : ''}`;
}

/** The `args` parameter of an operation's method and functions. */
function argsParameter(operation: OperationModel): ParameterText {
  return { name: 'args', type: `${operation.typeName}Args`, ...(operation.argumentsRequired ? {} : optionalParameter(operation)) };
}

/**
 * `args = {}` for optional arguments, or `args?` when `{}` is not assignable to them: an optional parameter or
 * body property named after a member of Object (`constructor`, `toString`) meets the inherited member in `{}`.
 * Callers see the same signature either way; the runtime reads a missing `args` as `{}`.
 */
function optionalParameter(operation: OperationModel): Pick<ParameterText, 'optional' | 'initializer'> {
  return argumentsMeetObjectMembers(operation) ? { optional: true } : { initializer: '{}' };
}

function argumentsMeetObjectMembers(operation: OperationModel): boolean {
  const names = [...operation.parameters.map((p) => p.name), ...(operation.requestBody?.propertyNames ?? [])];
  return names.some((name) => name in Object.prototype);
}

/** Names of documented response headers that carry a request or trace id, sorted, once each (lower case). */
const ID_HEADER = /(?:request|trace|correlation)[-_]?id$/i;

/**
 * What the runtime is told about the whole API: the client's name (log prefix), the environment variable of its
 * log level (`PeriskopeApi` → `PERISKOPE_LOG`), the documented request-id headers, its security schemes and, when
 * a scheme needs it, wire.ts.
 */
function transportSettings(model: ApiModel, clientName: string): string {
  const ids = new Set<string>();
  for (const operation of model.operations) {
    for (const response of operation.responses) {
      for (const header of response.headers) if (ID_HEADER.test(header.name) && isHeaderName(header.name)) ids.add(header.name.toLowerCase());
    }
  }
  const idList = [...ids].sort().map(stringLiteral).join(', ');
  const idSetting = ids.size > 0 ? `, requestIdHeaders: [${idList}]` : '';
  const wireSetting = schemesNeedWire(model.securitySchemes) ? ', wire' : '';
  return `{ name: ${stringLiteral(clientName)}, logEnv: ${stringLiteral(logEnvName(clientName))}${idSetting}, securitySchemes: SECURITY_SCHEMES${wireSetting} }`;
}

/** The core's class name: what standalone operation functions take (`PeriskopeApiCore`). */
function coreName({ clientName }: ClientEmitOptions): string {
  return `${clientName}Core`;
}

/** The constructor's parameter: optional with a usable default server, else `baseUrl` is required. */
function constructorParameters(model: ApiModel) {
  // Without a server URL fetch can use, a client without `baseUrl` could make no call: the type says so.
  return isUsableBaseUrl(model.defaultBaseUrl)
    ? { parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }], docs: undefined }
    : { parameters: [{ name: 'options', type: 'ClientOptions & { baseUrl: string }' }], docs: ['The spec names no absolute server URL, so `options.baseUrl` is required.'] };
}

/**
 * The client without its groups: the transport (credentials, servers, retries, logs) that every operation's
 * standalone function takes. `new PeriskopeApiCore(options)` with `cancelBroadcast(core, args)` bundles one operation.
 */
function coreClass(model: ApiModel, options: ClientEmitOptions): ClassDeclarationStructure {
  const { parameters, docs } = constructorParameters(model);
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: coreName(options),
    docs: [
      docLines(
        `The core of \`${options.clientName}\` (which extends it), for the operations' standalone functions: \`${functionNameOf(model.operations[0]?.typeName ?? 'Operation')}(core, args)\`.`,
        'A program that imports only this class and the functions it calls bundles only those operations.',
      ),
    ],
    properties: [{ name: 'transport', type: 'Transport', isReadonly: true, scope: undefined, hasQuestionToken: false, docs: ['@internal'] }],
    ctors: [
      {
        parameters,
        docs,
        statements: [
          // From plain JavaScript `options` may still be missing; the first call then fails on its relative URL.
          `this.transport = new Transport(${isUsableBaseUrl(model.defaultBaseUrl) ? 'options' : 'options ?? {}'}, DEFAULT_BASE_URL, ${transportSettings(model, options.clientName)});`,
        ],
      },
    ],
  };
}

function clientClass(model: ApiModel, options: ClientEmitOptions): ClassDeclarationStructure {
  const { clientName, packageName = '' } = options;
  const { parameters, docs } = constructorParameters(model);
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: clientName,
    extends: coreName(options),
    docs: [docLines(`Typed client for ${apiName(model.title, packageName)}${model.version ? ` ${model.version}` : ''}.`)],
    properties: model.groups.map((group) => ({
      name: group.property,
      type: group.className,
      isReadonly: true,
      docs: [docLines(groupDescription(group))],
    })),
    ctors: [
      {
        parameters,
        docs,
        statements: ['super(options);', ...model.groups.map((group) => `this.${group.property} = new ${group.className}(this.transport);`)],
      },
    ],
  };
}
