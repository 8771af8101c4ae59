import type { ApiModel, OperationModel } from '../model/types.js';

export interface ReadmeOptions {
  packageName: string;
  clientName: string;
  specName: string;
  specSha256: string;
}

/**
 * The package's README: what it is, how to call it, how errors look, and the list of methods. Spec text only
 * appears inside code spans or as plain words, so it cannot change the page's structure much.
 */
export function emitReadme(model: ApiModel, options: ReadmeOptions): string {
  // Show an operation with arguments and a documented error, so the snippet shows both halves.
  const documentsErrors = (operation: OperationModel) => operation.responses.some((response) => !response.success);
  const example =
    model.operations.find((operation) => operation.argumentsRequired && documentsErrors(operation)) ??
    model.operations.find(documentsErrors) ??
    model.operations[0];
  const lines = [
    `<!-- Generated from ${options.specName} (sha256 ${options.specSha256}) by @periskope-tools/generator. Do not edit. -->`,
    `# ${options.packageName}`,
    '',
    `Typed client for ${inline(model.title)}${model.version ? ` ${inline(model.version)}` : ''}, generated from its OpenAPI document.`,
    'ESM with type declarations; its one runtime dependency is `openapi-fetch`. The TypeScript sources ship in `src/`, with',
    'source maps and declaration maps into them, so debuggers and go-to-definition land there.',
    '',
    '```ts',
    `import { ApiError, ${options.clientName} } from '${options.packageName}';`,
    '',
    `const client = new ${options.clientName}(${credentialExample(model)}); // baseUrl?, headers?, fetch?`,
  ];
  if (example) {
    lines.push(
      'try {',
      `  const result = await client.${example.group}.${example.name}(${example.argumentsRequired ? '{ /* path, query, header parameters and body fields */ }' : ''});`,
      '} catch (e) {',
      '  // Documented error statuses throw ApiError, typed per operation and status.',
      documentsErrors(example)
        ? `  if (e instanceof ApiError && e.operation === '${example.id.replace(/['\\]/g, '')}') console.log(e.status, e.body);`
        : '  if (e instanceof ApiError) console.log(e.operation, e.status, e.body);',
      '  else throw e;',
      '}',
    );
  }
  lines.push(
    '```',
    '',
    `Default base URL: \`${model.defaultBaseUrl ?? '(none: pass baseUrl)'}\`. An undocumented status throws \`UnexpectedResponseError\`;`,
    'network failures propagate as they are. Every method takes a second, optional argument: `signal`, `headers`,',
    '`fetch`, and `onResponse`, called with each HTTP response (to read response headers of a successful call). The raw',
    'openapi-typescript types are exported as `paths`, `components` and `operations`.',
    ...(model.operations.some((operation) => operation.pagination)
      ? ['', 'List operations marked *pages* also have `<name>Items()` and `<name>Pages()`: async iterators (`for await`) over', 'every item and every page, requesting the next page as they go.']
      : []),
    '',
    ...securityLines(model),
    'A 2xx body that is not what the spec documents (no body, JSON `null` its schema does not admit, text that is not',
    'valid JSON) throws `ResponseBodyError` with `status`, `operation`, `response` and the raw `text`. `ApiError.body` is',
    'the parsed JSON, or `undefined` when the answer is empty or not JSON (its raw text is `e.text`), so read it as',
    '`e.body?.message`. JSON media types resolve their schema\'s type; text and XML a `string`; NDJSON and Server-Sent',
    'Events the unread `ReadableStream`; anything else a `Blob`. A path parameter that is missing, empty, `.` or `..`',
    'throws `ArgumentError` before anything is sent.',
    '',
    '## Methods',
    '',
    '| method | HTTP |',
    '| --- | --- |',
    ...model.operations.map(
      (operation) =>
        `| \`client.${operation.group}.${operation.name}()\`${operation.deprecated ? ' (deprecated)' : ''}${operation.pagination ? ` (pages: ${operation.pagination.style})` : ''} | \`${operationLine(operation)}\` |`,
    ),
    '',
  );
  return lines.join('\n');
}

/** The constructor call of the example: the first scheme's option, or no options. */
function credentialExample(model: ApiModel): string {
  const scheme = model.securitySchemes.find((candidate) => candidate.optionNames.length > 0);
  if (!scheme) return '';
  const option = scheme.optionNames.includes('authToken') ? 'authToken' : scheme.optionNames[0]!;
  const value = scheme.kind === 'basic' ? '{ username: process.env.API_USER!, password: process.env.API_PASSWORD! }' : 'process.env.API_TOKEN';
  return `{ ${option}: ${value} }`;
}

/** One line per constructor option a security scheme gives, and the rule for choosing among them. */
function securityLines(model: ApiModel): string[] {
  const options = model.securitySchemes.filter((scheme) => scheme.optionNames.length > 0);
  if (options.length === 0) return [];
  return [
    'Credentials, one constructor option per security scheme (a value, or a function, possibly async, called for each',
    'request that needs it: the way to refresh a token). Each operation sends only what its `security` asks for: the',
    'first requirement whose credentials are all given; nothing for `security: []`.',
    '',
    ...options.map((scheme) => `- \`${scheme.optionNames.join('` or `')}\`: \`${code(scheme.name)}\` (${scheme.kind === 'apiKey' ? `API key in the ${scheme.in} as \`${code(scheme.parameterName ?? '')}\`` : scheme.kind === 'basic' ? 'HTTP Basic, `{ username, password }`' : `\`Authorization: ${scheme.authScheme} <token>\``})`),
    '',
  ];
}

function operationLine(operation: OperationModel): string {
  return `${operation.method.toUpperCase()} ${operation.path}`.replace(/[`|\r\n]/g, ' ');
}

/** Spec text inside a Markdown code span: no backticks, pipes or line breaks. */
function code(text: string): string {
  return text.replace(/[`|\r\n]/g, ' ').trim();
}

/** Spec text as plain words in Markdown: no backticks, pipes, angle brackets or line breaks. */
function inline(text: string): string {
  return text.replace(/[`|<>\r\n*_[\]]/g, ' ').replace(/\s+/g, ' ').trim();
}
