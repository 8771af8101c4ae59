import type { ChangeRule } from '../types.js';

export const deprecationRule: ChangeRule = {
  id: 'deprecation',
  subject: 'deprecation',
  summary: 'deprecated set or cleared: docs (calls keep compiling; the JSDoc says @deprecated)',
  classify: (d) => ({ level: 'docs', message: `${d.where}: ${d.kind === 'added' ? 'deprecated' : 'no longer deprecated'}` }),
};
