/** The first lines of every generated source file: where it came from, and that it is not to be edited. */
export function fileHeader(specName: string, specSha256: string): string {
  return [
    `// Generated from ${specName} (sha256 ${specSha256}) by @periskope-tools/generator.`,
    '// Do not edit: change the spec and run `npm run generate`.',
    '',
  ].join('\n');
}
