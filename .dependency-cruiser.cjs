/**
 * The stages of the generator import in one direction only (document ← load ← model ← changes ← emit ← verify ← write ←
 * the pipeline and the CLI), and neither package has import cycles. `npm test` runs this (`npm run deps`).
 */
const stage = (name) => `^generator/src/${name}/`;

/** A stage may import itself, the stages listed before it, the document layer and errors.ts; nothing later. */
const ORDER = ['document', 'load', 'model', 'changes', 'emit', 'verify', 'write'];
const upward = ORDER.map((name, index) => ({
  name: `no-upward-import-from-${name}`,
  comment: `generator/src/${name}/ may only import ${['errors.ts', 'libraries', ...ORDER.slice(0, index + 1)].join(', ')} (the stages before it)`,
  severity: 'error',
  from: { path: stage(name) },
  to: {
    path: '^generator/src/',
    pathNot: ['^generator/src/errors\\.ts$', stage('libraries'), ...ORDER.slice(0, index + 1).map(stage)],
  },
}));

/**
 * contract-tests/src, bottom to top: its vocabulary (rules, redact, paths), findings, then one folder per stage
 * of the pipeline. A module may import its own layer and the ones below it, never one above.
 */
const CONTRACT_LAYERS = ['(rules|redact|paths)\\.ts$', 'findings\\.ts$', 'spec/', 'plan/', 'client/', 'call/', 'oracles/', 'gates/', 'report/', 'pipeline/', 'mutation/', 'corpus/'];
const contractUpward = CONTRACT_LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-import-in-contract-tests-from-${layer.replace(/\W+/g, '').replace(/ts$/, '')}`,
  comment: 'contract-tests/src: imports point down the pipeline stages',
  severity: 'error',
  from: { path: `^contract-tests/src/${layer}` },
  to: { path: `^contract-tests/src/(${CONTRACT_LAYERS.slice(index + 1).join('|')})` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle means two modules are one module, or a stage imports a later one',
      severity: 'error',
      from: { path: '^(generator|contract-tests)/(src|bin|bench|corpus)/' },
      to: { circular: true },
    },
    {
      name: 'document-layer-is-pure',
      comment: 'the document layer reads parsed documents only: no file system, no libraries',
      severity: 'error',
      from: { path: stage('document') },
      to: { dependencyTypes: ['npm', 'core'] },
    },
    ...upward,
    ...contractUpward,
    {
      name: 'generator-does-not-import-contract-tests',
      comment: 'the contract suite builds on the generator, never the other way round (npm run corpus -- --replay runs it as a process)',
      severity: 'error',
      from: { path: '^generator/' },
      to: { path: '^contract-tests/' },
    },
    {
      name: 'errors-import-nothing',
      severity: 'error',
      from: { path: '^generator/src/errors\\.ts$' },
      to: { path: '^generator/src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.tmp|\\.turbo)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'], extensions: ['.ts', '.js'] },
  },
};
