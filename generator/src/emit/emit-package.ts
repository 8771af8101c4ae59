/** The files that make `generated/` an installable npm package: manifest, compiler settings, entry point. */

export interface PackageEmitOptions {
  /** One line naming the spec and its hash, stored under npm's comment key `//`. */
  header: string;
  packageName: string;
  clientName: string;
  version: string;
  description: string;
  openapiFetchVersion: string;
  typescriptVersion: string;
}

export function emitPackageJson(options: PackageEmitOptions): string {
  const manifest = {
    '//': options.header,
    name: options.packageName,
    version: options.version,
    description: options.description,
    type: 'module',
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      './schema': { types: './dist/schema.d.ts', import: './dist/schema.js', default: './dist/schema.js' },
      './openapi.snapshot.json': './openapi.snapshot.json',
      './package.json': './package.json',
    },
    files: ['dist', 'src', 'openapi.snapshot.json', 'README.md'],
    sideEffects: false,
    scripts: {
      build: 'tsc -p tsconfig.json',
      typecheck: 'tsc -p tsconfig.json --noEmit',
      prepack: 'tsc -p tsconfig.json',
    },
    dependencies: { 'openapi-fetch': options.openapiFetchVersion },
    devDependencies: { typescript: options.typescriptVersion },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

/**
 * Stand-alone (no `extends`), so the package builds the same inside this repo and out of a tarball. Source maps
 * and declaration maps point into `src/`, which the package ships (`files`), so a debugger steps through the
 * TypeScript and go-to-definition in an editor lands there instead of in `dist/*.d.ts`.
 */
export function emitTsconfig(header: string): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      declaration: true,
      sourceMap: true,
      declarationMap: true,
      outDir: 'dist',
      rootDir: 'src',
      skipLibCheck: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
    },
    include: ['src'],
  };
  // tsconfig.json is JSON with comments, so it can carry the header like the sources do.
  return `${header}${JSON.stringify(config, null, 2)}\n`;
}

export function emitIndex(clientName: string): string {
  return [
    `export { ${clientName}, ApiError, DEFAULT_BASE_URL } from './client.js';`,
    `export type * from './client.js';`,
    `export { ArgumentError, ResponseBodyError, UnexpectedResponseError } from './runtime.js';`,
    `export type { ApiErrorOf, BaseClientOptions, BasicCredentials, Credential, RequestOptions } from './runtime.js';`,
    `export { ConnectionError, TimeoutError } from './retry.js';`,
    `export type { ResponsePromise, WithResponse } from './response.js';`,
    `export type { Logger, LogLevel } from './logging.js';`,
    `export type { paths, components, operations } from './schema.js';`,
    '',
  ].join('\n');
}
