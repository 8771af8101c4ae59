/** RFC 6901 JSON pointers, as used by $ref and by every error location we print. */

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(...segments: (string | number)[]): string {
  return segments.map((segment) => '/' + escapePointerSegment(segment)).join('');
}

export function splitPointer(pointer: string): string[] {
  const withoutHash = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (withoutHash === '') return [];
  return withoutHash.slice(1).split('/').map(unescapePointerSegment);
}

/** The value at `pointer` inside `root`, or undefined when any step is missing. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of splitPointer(pointer)) {
    // Own properties only: `/components/schemas/constructor` must not find Object's constructor.
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
