import { isUsableBaseUrl } from '../document/index.js';
import { apiName } from './api-name.js';
import type { ApiModel, OperationModel } from '../model/types.js';
import { logEnvName } from './log-env.js';
import { functionNameOf } from '../model/naming.js';

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
    `Typed client for ${inline(apiName(model.title, options.packageName))}${model.version ? ` ${inline(model.version)}` : ''}, generated from its OpenAPI document.`,
    'ES module and CommonJS builds (`import` and `require`, Node 20 or later), each with its own type declarations, for',
    'every TypeScript module resolution from 5.0 on (`nodenext`, `node16`, `bundler`, `node10`); one runtime dependency,',
    '`openapi-fetch`, whose helpers merge the headers and serialize JSON bodies. The TypeScript sources ship in `src/`, with source maps and declaration maps into',
    'them, so debuggers and go-to-definition land there.',
    '',
    '```ts',
    `import { ApiError, ${options.clientName} } from '${options.packageName}';`,
    '',
    isUsableBaseUrl(model.defaultBaseUrl)
      ? `const client = new ${options.clientName}(${credentialExample(model)}); // baseUrl?, headers?, fetch?`
      : `const client = new ${options.clientName}({ baseUrl: 'https://api.example.com'${credentialExample(model).replace(/^\{ /, ', ').replace(/ \}$/, '')} }); // headers?, fetch?`,
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
    `${isUsableBaseUrl(model.defaultBaseUrl) ? `Default base URL: \`${model.defaultBaseUrl}\`.` : `The spec names no absolute server URL${model.defaultBaseUrl ? ` (only \`${model.defaultBaseUrl}\`)` : ''}, so \`baseUrl\` is required.`} An undocumented status throws \`UnexpectedResponseError\`.`,
    'Every method takes a second, optional argument: `signal`, `baseUrl`, `headers`, `fetch`, `maxRetries`, `timeout`,',
    '`idempotencyKey`, and `onResponse`, called with each HTTP response. The raw openapi-typescript types are exported',
    'as `paths`, `components` and `operations`.',
    ...standaloneLines(model, options),
    ...(model.operations.some((operation) => operation.pagination)
      ? ['', 'List operations marked *pages* also have `<name>Items()` and `<name>Pages()`: async iterators (`for await`) over', 'every item and every page, requesting the next page as they go (each page retried like any call).']
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
    ...productionSection(model, options.clientName),
    '',
    '## Methods',
    '',
    '| method | function | HTTP |',
    '| --- | --- | --- |',
    ...model.operations.map(
      (operation) =>
        `| \`client.${operation.group}.${operation.name}()\`${operation.deprecated ? ' (deprecated)' : ''}${operation.pagination ? ` (pages: ${operation.pagination.style})` : ''} | \`${functionNameOf(operation.typeName)}()\` | \`${operationLine(operation)}\` |`,
    ),
    '',
  );
  return lines.join('\n');
}

/** Retries, timeouts, typed headers and logging: the options, their defaults and the environment variable. */
function productionSection(model: ApiModel, clientName: string): string[] {
  const withHeaders = model.operations.find((operation) => operation.responses.some((r) => r.success && r.headers.length > 0));
  const headerName = withHeaders?.responses.find((r) => r.success && r.headers.length > 0)?.headers[0]?.name.replace(/['\\`|\r\n]/g, '');
  return [
    '## Retries, timeouts, headers and logs',
    '',
    '```ts',
    `const client = new ${clientName}({ maxRetries: 2, timeout: 60_000, logLevel: 'warn' }); // the defaults`,
    ...(withHeaders
      ? [
          `const { data, headers, requestId } = await client.${withHeaders.group}.${withHeaders.name}(${withHeaders.argumentsRequired ? '{ /* … */ }' : ''}).withResponse();`,
          headerName ? `console.log(headers['${headerName}'], requestId); // documented headers, typed` : 'console.log(headers, requestId);',
        ]
      : []),
    '```',
    '',
    '- **Retries**: a connection error, a timeout, HTTP 408, 429 or 5xx is tried again up to `maxRetries` times (client',
    '  or per call; default 2), after 0.5 s, 1 s, 2 s … (at most 8 s, less up to a quarter at random), or after what',
    '  `retry-after-ms` / `Retry-After` (seconds or an HTTP date) asks, if that is at most 60 s (longer: the error is',
    '  thrown at once). POST and PATCH are retried only with an idempotency key: the `idempotencyKey` call option (sent',
    '  as `Idempotency-Key`, or as the idempotency header the operation declares). Bodies are sent again whole (a stream',
    '  is teed), and a credential function is asked again. The caller\'s `signal` aborts at once, waits included, and',
    '  is never retried. The error after the last try has `attempts`.',
    '- **Timeouts**: `timeout` ms per attempt, response body included (client or per call; default 60 000; `0`: none).',
    '  A timeout throws `TimeoutError`, a connection failure `ConnectionError` (fetch\'s error is its `cause`); an abort',
    '  by your own signal is thrown as it is. Any number of calls on one long-lived signal add one listener to it.',
    '- **Headers and request ids**: `.withResponse()` on any call gives `{ data, response, headers, requestId }`, with',
    '  the headers the spec documents for the success response typed (numbers and booleans parsed). Every thrown error',
    '  (`ApiError`, `UnexpectedResponseError`, and `TimeoutError`/`ConnectionError` when a response had arrived) has',
    '  `requestId`: a documented request- or trace-id header, or a common one such as `x-request-id`.',
    `- **Logging**: \`logger\` (default \`console\`) and \`logLevel\` (\`off\`, \`error\`, \`warn\`, \`info\`, \`debug\`); without \`logLevel\` the`,
    `  environment variable \`${logEnvName(clientName)}\` sets it (\`${logEnvName(clientName)}=debug\`), else \`warn\`. \`debug\` logs every request and`,
    '  response (method, URL, headers, status, time), `info` retries, `warn` retries given up on an HTTP status, `error`',
    '  calls that got no answer after their retries. `Authorization`, cookies,',
    '  api keys and tokens (headers and query parameters) are shown as `***`, and their values are removed anywhere',
    '  else in the line; bodies are never logged.',
  ];
}

/** The constructor call of the example: the first scheme's option, or no options. */
/** One operation imported alone: what keeps a browser bundle to the operations a program calls. */
function standaloneLines(model: ApiModel, options: ReadmeOptions): string[] {
  const operation = model.operations[0];
  if (!operation) return [];
  const fn = functionNameOf(operation.typeName);
  const core = `${options.clientName}Core`;
  const args = operation.argumentsRequired ? ', { /* … */ }' : '';
  return [
    '',
    `Every operation is also a function of its own, taking the client's core: \`${fn}(core${args})\` is`,
    `\`client.${operation.group}.${operation.name}(${args.slice(2)})\`, typed the same. A program that imports only \`${core}\` and the functions it`,
    'calls bundles only those operations (`sideEffects: false`); the grouped client reaches every operation from its',
    'constructor. The functions are named after the operations\' type names (the table below names each).',
    '',
    '```ts',
    `import { ${core}, ${fn} } from '${options.packageName}';`,
    '',
    `const core = new ${core}(${isUsableBaseUrl(model.defaultBaseUrl) ? credentialExample(model) : "{ baseUrl: 'https://api.example.com' }"}); // the same options as ${options.clientName}`,
    `const result = await ${fn}(core${args});`,
    '```',
  ];
}

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
