import { countByKind } from '../findings.js';
import { toResultsJson, type ResultsJson } from './results-json.js';
import type { RunResult } from './run-result.js';
import { countByRule } from './verdict.js';

/**
 * `report.html`: the run for a person, in one self-contained file (inline style and script, a Content-Security-Policy
 * that allows no network): the summary counts, the findings with filters by kind, rule and allowed, and what was
 * not checked. Built from the same object as results.json, so the two cannot disagree. Every value from the spec
 * or a server is escaped.
 */
export function toHtml(result: RunResult): string {
  return renderHtml(toResultsJson(result));
}

export function renderHtml(results: ResultsJson): string {
  const kinds = countByKind(results.findings);
  const allowedKinds = countByKind(results.findings.filter((item) => item.allowed));
  const rules = countByRule(results.findings);
  const count = (name: string, label: string, value: number | string) =>
    `<div class="count"><span class="value" data-count="${esc(name)}">${esc(String(value))}</span><span class="label">${esc(label)}</span></div>`;
  const verdict = results.ok ? 'pass' : 'FAIL';
  const rows = results.findings.map((item) => {
    const cells = [item.kind, item.rule, item.operation, item.status, item.mediaType, item.example, item.pointer !== undefined ? `#${item.pointer}` : undefined, item.message];
    return `<tr data-kind="${esc(item.kind)}" data-rule="${esc(item.rule)}" data-allowed="${item.allowed ? 'yes' : 'no'}"${item.allowed ? ' class="allowed"' : ''}>${cells.map((cell) => `<td>${esc(cell ?? '')}</td>`).join('')}<td>${item.allowed ? 'allowed' : ''}</td></tr>`;
  });
  const notChecked = results.notChecked.map((item) => `<tr><td>${esc(item.title)}</td><td>${esc(item.reason)}</td></tr>`);
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>contract ${esc(verdict)}: ${esc(results.spec)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.verdict-pass { color: #1a7f37; } .verdict-FAIL { color: #cf222e; }
.counts { display: flex; flex-wrap: wrap; gap: .75rem; }
.count { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .75rem; min-width: 6rem; }
.count .value { display: block; font-size: 1.3rem; font-weight: 600; } .count .label { color: #57606a; }
table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td { white-space: pre-wrap; overflow-wrap: anywhere; } th { background: #f6f8fa; }
tr.allowed td { color: #57606a; }
.filters { display: flex; gap: 1rem; align-items: center; margin-top: .5rem; }
</style>
</head>
<body>
<h1>contract: <span class="verdict-${verdict}" data-count="verdict">${esc(verdict)}</span></h1>
<p>${esc(results.spec)}${results.client !== undefined ? ` through ${esc(results.client)}` : ''}${results.target !== undefined ? ` against ${esc(results.target)}` : ''} (${esc(results.mode)})</p>
${results.reason !== undefined ? `<p class="verdict-FAIL">nothing replayed: ${esc(results.reason)}</p>` : ''}
<div class="counts">
${count('documented', 'documented', results.documented)}
${count('replayed', 'replayed', results.replayed)}
${count('passed', 'passed every oracle', results.passed)}
${count('notChecked', 'not checked', results.notChecked.length)}
${count('findings', 'findings', results.findings.length)}
${count('allowed', 'allowed', results.allowed)}
${(['spec', 'server', 'suite'] as const).map((kind) => count(`kind:${kind}`, `${kind}${allowedKinds[kind] > 0 ? ` (${allowedKinds[kind]} allowed)` : ''}`, kinds[kind])).join('\n')}
</div>
<h2>Findings by rule</h2>
<table id="rules"><thead><tr><th>rule</th><th>findings</th></tr></thead><tbody>
${rules.map(([rule, n]) => `<tr><td>${esc(rule)}</td><td data-count="rule:${esc(rule)}">${n}</td></tr>`).join('\n')}
</tbody></table>
<h2>Findings (<span id="shown">${results.findings.length}</span> shown)</h2>
<div class="filters">
<label>kind <select id="kind">${option('', 'all')}${(['spec', 'server', 'suite'] as const).map((kind) => option(kind, kind)).join('')}</select></label>
<label>rule <select id="rule">${option('', 'all')}${rules.map(([rule]) => option(rule, rule)).join('')}</select></label>
<label>allowed <select id="allowed">${option('', 'all')}${option('no', 'failing only')}${option('yes', 'allowed only')}</select></label>
</div>
<table id="findings"><thead><tr><th>kind</th><th>rule</th><th>operation</th><th>status</th><th>media type</th><th>example</th><th>pointer</th><th>message</th><th></th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<h2>Not checked (${results.notChecked.length})</h2>
<table id="not-checked"><thead><tr><th>response</th><th>why</th></tr></thead><tbody>
${notChecked.join('\n')}
</tbody></table>
<script>
(() => {
  const pick = (id) => document.getElementById(id);
  const filters = ['kind', 'rule', 'allowed'].map(pick);
  const apply = () => {
    let shown = 0;
    for (const row of document.querySelectorAll('#findings tbody tr')) {
      const visible = filters.every((select) => select.value === '' || row.dataset[select.id] === select.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    pick('shown').textContent = String(shown);
  };
  for (const select of filters) select.addEventListener('change', apply);
})();
</script>
</body>
</html>
`;
}

/** Text for HTML content and double-quoted attributes. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
