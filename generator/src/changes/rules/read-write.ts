import type { ChangeRule } from '../types.js';

/** readOnly leaves the request types, writeOnly the response types (openapi-typescript's readWriteMarkers). */
export const readWriteRule: ChangeRule = {
  id: 'read-write',
  subject: 'read-write',
  summary: 'readOnly set in a request or writeOnly set in a response takes the value away: breaking; cleared or set on the other side: a feature',
  classify: (d) => {
    const takesAway = d.kind === 'added' && ((d.name === 'readOnly' && d.direction === 'request') || (d.name === 'writeOnly' && d.direction === 'response'));
    return takesAway
      ? { level: 'breaking', message: `${d.where}: became ${d.name}: no longer part of the ${d.direction}` }
      : { level: 'feature', message: `${d.where}: ${d.name} ${d.kind === 'added' ? 'set' : 'cleared'}` };
  },
};
