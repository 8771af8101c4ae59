/** The first lines of every generated source file: where it came from, and that it is not to be edited. */
export function fileHeader(specName: string, specSha256: string): string {
  return [
    `// Generated from ${commentSafe(specName)} (sha256 ${specSha256}) by @periskope-tools/generator.`,
    '// Do not edit: change the spec and run `npm run generate`.',
    '',
  ].join('\n');
}

/** A file name inside a `//` comment: a line break (any of JavaScript's four) would end the comment. */
export function commentSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '?');
}
