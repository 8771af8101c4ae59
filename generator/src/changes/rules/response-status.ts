import { isSuccessStatus } from '../../document/index.js';
import type { ChangeRule } from '../types.js';

/**
 * A method resolves its success bodies and throws its error statuses. Another success status with another body
 * widens what it resolves (breaking; with the body of one it already has, the result type stays); a new error status is one more typed ApiError (a feature); a status removed breaks code
 * that handles it (`e.status === 409` stops compiling, a result type loses a branch).
 */
export const responseStatusRule: ChangeRule = {
  id: 'response-status',
  subject: 'response-status',
  summary: 'a success status added next to another one with another body, or any status removed, is breaking; an error status, a first success, or one with a body already returned added is a feature',
  classify: (d) => {
    const status = d.name ?? '';
    if (d.kind === 'removed') return { level: 'breaking', message: `response ${status} removed: code handling it no longer compiles` };
    const hadSuccess = (d.statuses?.before ?? []).some((s) => isSuccessStatus(s));
    if (isSuccessStatus(status) && hadSuccess && !d.sameBody) return { level: 'breaking', message: `success response ${status} added: the method may resolve another shape` };
    return { level: 'feature', message: `response ${status} added` };
  },
};
