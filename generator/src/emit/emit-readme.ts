import { isUsableBaseUrl } from '../document/index.js';
import { apiName } from './api-name.js';
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
    `Typed client for ${inline(apiName(model.title, options.packageName))}${model.version ? ` ${inline(model.version)}` : ''}, generated from its OpenAPI document.`,
    'ESM with type declarations; its one runtime dependency is `openapi-fetch`. The TypeScript sources ship in `src/`, with',
    'source maps and declaration maps into them, so debuggers and go-to-definition land there.',
    '',
    '```ts',
    `import { ApiError, ${options.clientName} } from '${options.packageName}';`,
    '',
    isUsableBaseUrl(model.defaultBaseUrl)
      ? `const client = new ${options.clientName}({ authToken: process.env.API_TOKEN }); // baseUrl?, headers?, fetch?`
      : `const client = new ${options.clientName}({ baseUrl: 'https://api.example.com', authToken: process.env.API_TOKEN }); // headers?, fetch?`,
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
    `${isUsableBaseUrl(model.defaultBaseUrl) ? `Default base URL: \`${model.defaultBaseUrl}\`.` : `The spec names no absolute server URL${model.defaultBaseUrl ? ` (only \`${model.defaultBaseUrl}\`)` : ''}, so \`baseUrl\` is required.`} An undocumented status throws \`UnexpectedResponseError\`;`,
    'network failures propagate as they are. Every method takes a second, optional argument: `signal`, `headers`,',
    '`fetch`, and `onResponse`, called with each HTTP response (to read response headers of a successful call). The raw',
    'openapi-typescript types are exported as `paths`, `components` and `operations`.',
    '',
    '## Methods',
    '',
    '| method | HTTP |',
    '| --- | --- |',
    ...model.operations.map((operation) => `| \`client.${operation.group}.${operation.name}()\`${operation.deprecated ? ' (deprecated)' : ''} | \`${operationLine(operation)}\` |`),
    '',
  );
  return lines.join('\n');
}

function operationLine(operation: OperationModel): string {
  return `${operation.method.toUpperCase()} ${operation.path}`.replace(/[`|\r\n]/g, ' ');
}

/** Spec text as plain words in Markdown: no backticks, pipes, angle brackets or line breaks. */
function inline(text: string): string {
  return text.replace(/[`|<>\r\n*_[\]]/g, ' ').replace(/\s+/g, ' ').trim();
}
