/**
 * `npm run corpus`: generates every document of the corpus (see corpus.ts) into corpus/.tmp/<name>/, type-checks
 * the output under `strict`, prints one row per document and the totals. Exit code 1 on any unexpected result.
 *
 *   npm run corpus                    everything (@readme/oas-examples and GitHub's REST spec)
 *   npm run corpus -- --no-github     @readme/oas-examples only
 *   npm run corpus -- --only petstore documents whose id contains the text
 *   npm run corpus -- --repro         also print the reproduction of every known bug
 */
import { parseArgs } from 'node:util';
import { formatTable, formatTables, listCorpus, runCorpus, unexpectedCount } from './corpus.js';

const { values } = parseArgs({
  options: {
    'no-github': { type: 'boolean', default: false },
    only: { type: 'string' },
    repro: { type: 'boolean', default: false },
  },
});

let specs = listCorpus({ oasExamples: true, github: !values['no-github'] });
if (values.only !== undefined) specs = specs.filter((spec) => spec.id.includes(values.only!));
console.log(`corpus: ${specs.length} documents (generate → corpus/.tmp/<name>/ → type-check: strict, NodeNext, ES2022, DOM, skipLibCheck)`);

const report = await runCorpus(specs, {
  checkStaleEntries: values.only === undefined,
  onGenerated: (result) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K  generated ${result.spec.id}`);
  },
});
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
console.log('');
console.log(formatTable(report));
console.log('');
console.log(formatTables({ repro: values.repro }));
const unexpected = unexpectedCount(report);
console.log('');
console.log(unexpected === 0 ? 'corpus: no unexpected results' : `corpus: ${unexpected} unexpected result${unexpected === 1 ? '' : 's'}`);
process.exitCode = unexpected === 0 ? 0 : 1;
