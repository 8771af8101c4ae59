import type { Observation } from '../call/mock-call.js';
import type { ErrorClasses } from '../client/client-under-test.js';
import { finding, type Finding } from '../findings.js';
import type { ResponseTuple } from '../plan/inventory.js';
import { describeError } from './response-oracles.js';

/** Without credentials, a scheme's probe must get a 401 that the client throws as a typed error (ApiError or UnexpectedResponseError). */
export function checkSecurityProbe(scheme: string, tuple: ResponseTuple, seen: Observation, errors: ErrorClasses): Finding[] {
  const place = { operation: tuple.operation.id, status: '401', pointer: tuple.operation.pointer };
  const fail = (rule: 'security-not-enforced' | 'security-untyped', message: string) => [finding(rule, `security scheme ${scheme}: ${message}`, place)];
  if (seen.status !== 401) return fail('security-not-enforced', `status without credentials ${seen.status}, expected 401`);
  if (seen.outcome.kind !== 'threw') return fail('security-untyped', 'a call without credentials resolved');
  const error = seen.outcome.error;
  if (!(error instanceof errors.ApiError) && !(error instanceof errors.UnexpectedResponseError)) return fail('security-untyped', `thrown ${describeError(error)}, expected a typed error`);
  const status = (error as { status?: number }).status;
  if (status !== 401) return fail('security-untyped', `the typed error has status ${status}, expected 401`);
  return [];
}
