/** One entry of Prism's `sl-violations` header. */
interface PrismViolation {
  location?: unknown[];
  severity?: string;
  code?: unknown;
  message?: string;
}

/**
 * The `sl-violations` header, one line per violation (`location: message (Severity)`). It is JSON, or `Too many
 * violations! <truncated JSON>`. With `errorsOnly`, just the Error-level entries, without the severity: what the
 * mock replay quotes as context (Warning-level ones, such as a deprecated parameter, are no finding).
 */
export function decodeViolations(header: string | null, options: { errorsOnly?: boolean } = {}): string[] {
  if (!header) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return [`(undecodable sl-violations header) ${header.slice(0, 300)}`];
  }
  if (!Array.isArray(parsed)) return [`(unexpected sl-violations header) ${header.slice(0, 300)}`];
  const violations = (parsed as PrismViolation[]).filter((violation) => !options.errorsOnly || violation?.severity === 'Error');
  return violations.map((violation) => {
    const location = Array.isArray(violation.location) ? violation.location.join('.') : '';
    const severity = violation.severity && !options.errorsOnly ? ` (${violation.severity})` : '';
    return `${location ? `${location}: ` : ''}${violation.message ?? JSON.stringify(violation)}${severity}`;
  });
}
