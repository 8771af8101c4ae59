/** Text from the spec made safe for a JSDoc block: it can never close the comment or start a new one. */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u2028\u2029]/g, '\n')
    .trim();
}

/** Paragraphs for a JSDoc block, skipping empty ones. */
export function docLines(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map(docText)
    .join('\n\n');
}
