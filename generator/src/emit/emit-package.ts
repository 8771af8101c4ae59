/** The files that make `generated/` an installable npm package: manifest, compiler settings, entry point. */
import { functionNameOf } from '../model/naming.js';

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

/** The package's entry points: `.` (the client) and `./schema` (openapi-typescript's types only). */
const ENTRY_POINTS = [
  ['.', 'index'],
  ['./schema', 'schema'],
] as const;

/** Where each build goes, under `dist/`. The CommonJS folder holds its own `{"type":"commonjs"}` package.json. */
export const BUILDS = { esm: 'dist/esm', cjs: 'dist/cjs' } as const;

/**
 * One condition per module system, each with its own `types`, so TypeScript reads `.d.ts` files as the format of
 * the JavaScript beside them (arethetypeswrong's "masquerading" checks): `import` gets the ES build, `require` the
 * CommonJS one, which needs no require(esm) (openapi-fetch, its one dependency, ships CommonJS too).
 */
function conditions(file: string) {
  const build = (dir: string) => ({ types: `./${dir}/${file}.d.ts`, default: `./${dir}/${file}.js` });
  return { import: build(BUILDS.esm), require: build(BUILDS.cjs) };
}

/** Writes `{"type":"commonjs"}` into the CommonJS build: Node and TypeScript read its .js and .d.ts files as CommonJS. */
const MARK_CJS = `node -e "require('fs').writeFileSync('${BUILDS.cjs}/package.json', JSON.stringify({ type: 'commonjs' }))"`;

export const CJS_TSCONFIG = 'tsconfig.cjs.json';

export function emitPackageJson(options: PackageEmitOptions): string {
  const manifest = {
    '//': options.header,
    name: options.packageName,
    version: options.version,
    description: options.description,
    type: 'module',
    // Resolvers that ignore `exports` (TypeScript's `node10`, old bundlers) read these; `/schema` via typesVersions.
    main: `./${BUILDS.cjs}/index.js`,
    module: `./${BUILDS.esm}/index.js`,
    types: `./${BUILDS.cjs}/index.d.ts`,
    typesVersions: { '*': { schema: [`./${BUILDS.cjs}/schema.d.ts`] } },
    exports: {
      ...Object.fromEntries(ENTRY_POINTS.map(([entry, file]) => [entry, conditions(file)])),
      './openapi.snapshot.json': './openapi.snapshot.json',
      './package.json': './package.json',
    },
    // The two builds, not all of dist/: a file left there by an older layout is never published.
    files: [BUILDS.esm, BUILDS.cjs, 'src', 'openapi.snapshot.json', 'README.md'],
    sideEffects: false,
    // What the published builds are tested on (Node 20.20); Node 18 is past its end of life.
    engines: { node: '>=20' },
    scripts: {
      // No clean step: other tasks may be reading dist/ while `npm pack` rebuilds it (tsc overwrites in place).
      build: `tsc -p tsconfig.json && tsc -p ${CJS_TSCONFIG} && ${MARK_CJS}`,
      typecheck: 'tsc -p tsconfig.json --noEmit',
      prepack: 'npm run build',
    },
    dependencies: { 'openapi-fetch': options.openapiFetchVersion },
    devDependencies: { typescript: options.typescriptVersion },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

/**
 * The ES build. Stand-alone (no `extends` outside the package), so the package builds the same inside this repo
 * and out of a tarball. Source maps and declaration maps point into `src/`, which the package ships (`files`), so
 * a debugger steps through the TypeScript and go-to-definition in an editor lands there instead of in `dist/`.
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
      outDir: BUILDS.esm,
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

/**
 * The CommonJS build of the same sources. `module: NodeNext` would read them as ES modules (the package is
 * `"type": "module"`), so this build names CommonJS outright, with the resolution that goes with it; and
 * `verbatimModuleSyntax` forbids ES syntax in CommonJS output, so it is off here (the ES build keeps it).
 */
export function emitCjsTsconfig(header: string): string {
  const config = {
    extends: './tsconfig.json',
    compilerOptions: {
      module: 'CommonJS',
      moduleResolution: 'Node10',
      verbatimModuleSyntax: false,
      outDir: BUILDS.cjs,
    },
  };
  return `${header}${JSON.stringify(config, null, 2)}\n`;
}

/**
 * The entry point. The operations' standalone functions (`cancelBroadcast(core, args)`) are exported one by one,
 * so a bundler keeps only those a program imports (`sideEffects: false`); a paged one has its iterators too.
 */
export function emitIndex(clientName: string, operations: readonly { typeName: string; paged: boolean }[] = []): string {
  const functions = operations.flatMap(({ typeName, paged }) => {
    const name = functionNameOf(typeName);
    return paged ? [name, `${name}Pages`, `${name}Items`] : [name];
  });
  return [
    `export { ${clientName}, ${clientName}Core, ApiError, DEFAULT_BASE_URL } from './client.js';`,
    ...(functions.length > 0 ? [`export { ${functions.join(', ')} } from './client.js';`] : []),
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
