/** Response status keys as OpenAPI writes them: `200`, `2XX`, `default`. */

/** `200`–`299` or `2XX`: the status means success. */
export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/** `4XX`: a range of codes. */
export function isRangeStatus(status: string): boolean {
  return /^[1-5]XX$/i.test(status);
}

export function isDefaultStatus(status: string): boolean {
  return status === 'default';
}

/** A single three-digit code. */
export function isExactStatus(status: string): boolean {
  return /^[1-5]\d\d$/.test(status);
}

/** Whether the documented key covers this HTTP status code (ranges by their first digit; `default` covers any). */
export function statusKeyCovers(status: string, code: number): boolean {
  if (isExactStatus(status)) return Number(status) === code;
  if (isRangeStatus(status)) return Math.floor(code / 100) === Number(status[0]);
  return isDefaultStatus(status);
}
