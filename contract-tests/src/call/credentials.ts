import type { ApiModel } from '@periskope-tools/generator';

/** The token every mock replay sends (Prism checks that credentials are present, not what they are). */
export const MOCK_TOKEN = 'contract-test-token';

/**
 * Constructor options giving a credential for every security scheme of the spec (its first option name), so each
 * operation's requirement is satisfiable whichever scheme it names: a bearer token, Basic user and password, an
 * API key.
 */
export function mockCredentials(model: Pick<ApiModel, 'securitySchemes'>): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const scheme of model.securitySchemes) {
    const option = scheme.optionNames[0];
    if (option === undefined) continue;
    options[option] = scheme.kind === 'basic' ? { username: 'contract', password: MOCK_TOKEN } : MOCK_TOKEN;
  }
  return options;
}
