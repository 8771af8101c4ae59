/**
 * The environment variable that sets a generated client's log level: the class name without `Api`/`Client`/`Sdk`, in
 * upper snake case, then `_LOG` (`PeriskopeApi` → `PERISKOPE_LOG`, `GitHubClient` → `GIT_HUB_LOG`), after
 * Stainless' `OPENAI_LOG`. Used by the client (emit-client.ts) and its README.
 */
export function logEnvName(clientName: string): string {
  const base = clientName.replace(/(?:Api|API|Client|Sdk|SDK)$/, '') || clientName;
  const words = base.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return `${(words || 'API').toUpperCase()}_LOG`;
}
