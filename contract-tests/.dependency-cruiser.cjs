// The layering of contract-tests/src for dependency-cruiser (`npx dependency-cruiser@16 src --config .dependency-cruiser.cjs`,
// which runs on Node 20 where version 18 needs Node 22; not a dependency of the repository). test/architecture.test.ts checks the same rules
// in `npm test`.
// Bottom to top: rules/redact/paths, findings, spec, plan, client, call, oracles, gates, report, pipeline, mutation.
const LAYERS = ['(rules|redact|paths)\\.ts$', 'findings\\.ts$', 'spec/', 'plan/', 'client/', 'call/', 'oracles/', 'gates/', 'report/', 'pipeline/', 'mutation/'];

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer.replace(/\W+/g, '') || 'vocabulary'}`,
  comment: 'imports point down the pipeline stages',
  severity: 'error',
  from: { path: `^src/${layer}` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join('|')})` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-generated-client-by-name',
      comment: 'the client under test is loaded from the generator config\'s folder (src/client/), never imported by name',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '@periskope/periskope-client' },
    },
    ...upward,
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
