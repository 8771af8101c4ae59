import type { ChangeRule } from '../types.js';

export const extensionRule: ChangeRule = {
  id: 'extension',
  subject: 'extension',
  summary: 'a vendor extension (x-...) changed: docs (the generator reads none of them into types)',
  classify: (d) => ({ level: 'docs', message: `${d.where}: ${d.name} ${d.kind}` }),
};
