import type { ChangeRule } from '../types.js';

export const documentationRule: ChangeRule = {
  id: 'documentation',
  subject: 'documentation',
  summary: 'descriptions, summaries, titles, examples and external docs: docs',
  classify: (d) => ({ level: 'docs', message: `${d.where}: ${d.name} ${d.kind}` }),
};
