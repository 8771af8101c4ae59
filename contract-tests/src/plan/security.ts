import type { ApiModel } from '@periskope-tools/generator';
import type { ResponseTuple } from './inventory.js';

export interface SecurityProbe {
  scheme: string;
  /** A call to make without credentials: the operation's first success response stands in for the tuple. */
  tuple: ResponseTuple;
}

/** For each security scheme, the first operation that requires it (and nothing it could fall back to). */
export function securityProbes(model: ApiModel): SecurityProbe[] {
  const probes: SecurityProbe[] = [];
  for (const scheme of model.securitySchemes) {
    const operation = model.operations.find(
      (op) => op.security.length > 0 && op.security.every((requirement) => requirement.includes(scheme.name)),
    );
    const response = operation?.responses.find((r) => r.success) ?? operation?.responses[0];
    if (!operation || !response) continue;
    probes.push({
      scheme: scheme.name,
      tuple: { title: `${operation.id} without credentials`, operation, response, content: response.contents[0], statusCode: 401 },
    });
  }
  return probes;
}
