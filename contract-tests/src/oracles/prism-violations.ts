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
  return formatViolations(parsed as PrismViolation[], options);
}

/**
 * The `validation` list of the problem+json Prism answers with when it rejects a request and the spec documents
 * no 422 it could serve instead (`UNPROCESSABLE_ENTITY`, no `sl-violations` header then), in the same lines.
 */
export function decodeProblemValidation(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const validation = (parsed as { validation?: unknown } | null)?.validation;
  return Array.isArray(validation) ? formatViolations(validation as PrismViolation[], { errorsOnly: true }) : [];
}

function formatViolations(list: PrismViolation[], options: { errorsOnly?: boolean }): string[] {
  const violations = list.filter((violation) => !options.errorsOnly || violation?.severity === 'Error');
  return violations.map((violation) => {
    const location = Array.isArray(violation.location) ? violation.location.join('.') : '';
    const severity = violation.severity && !options.errorsOnly ? ` (${violation.severity})` : '';
    return `${location ? `${location}: ` : ''}${violation.message ?? JSON.stringify(violation)}${severity}`;
  });
}
