const Module = require('module');
const path = require('path');
const t0 = performance.now();
const tsPath = require.resolve('@ts-morph/common/dist/typescript.js', { paths: [path.dirname(require.resolve('ts-morph'))] });
let real; const touched = [];
const load = () => { const m2 = new Module(tsPath, null); m2.filename = tsPath; m2.paths = Module._nodeModulePaths(path.dirname(tsPath)); m2.load(tsPath); return m2.exports; };
const lazy = new Proxy({}, { get(_, key) { touched.push(String(key)); real ??= load(); return real[key]; }, has(_, key) { touched.push('has:' + String(key)); real ??= load(); return key in real; } });
if (process.argv[2] === 'lazy') { const m = new Module(tsPath); m.loaded = true; m.filename = tsPath; m.exports = lazy; require.cache[tsPath] = m; }
const tm = require('ts-morph');
console.log(process.argv[2] ?? 'plain', 'require ts-morph', (performance.now() - t0).toFixed(0), 'ms; ts touched at load:', touched.length, touched.slice(0, 8).join(','));
const t1 = performance.now();
const out = tm.printStructure({ kind: tm.StructureKind.SourceFile, statements: [{ kind: tm.StructureKind.TypeAlias, name: 'X', type: 'string', isExported: true, docs: ['a\nb'] }, { kind: tm.StructureKind.Class, name: 'C', isExported: true, methods: [{ name: 'm', parameters: [{ name: 'a', type: 'A', hasQuestionToken: true }], returnType: 'R', statements: ['return 1;'], docs: ['doc'] }], properties: [{ name: 'p', type: 'T', isReadonly: true }], ctors: [{ parameters: [{ name: 'x', type: 'X' }], statements: ['this.p = x;'] }] }, { kind: tm.StructureKind.ImportDeclaration, moduleSpecifier: './a.js', namedImports: ['a', { name: 'B', isTypeOnly: true }] }, { kind: tm.StructureKind.Interface, name: 'I', isExported: true, extends: ['J'], properties: [{ name: 'q', type: 'string', hasQuestionToken: true, docs: ['d'] }] }, { kind: tm.StructureKind.VariableStatement, declarationKind: tm.VariableDeclarationKind.Const, isExported: true, declarations: [{ name: 'V', initializer: "'x'" }] }] }, { indentNumberOfSpaces: 2, useSingleQuote: true });
console.log('print', (performance.now() - t1).toFixed(0), 'ms', out.length, 'touched', touched.length, [...new Set(touched)].slice(0, 12).join(','));
