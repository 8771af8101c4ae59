import { listOperations, operationIdCounts, type OpenApiDocument } from '../../document/index.js';

/**
 * Document pass. An operationId used by several operations would be a duplicate key in openapi-typescript's
 * `operations`; only its first operation keeps it there (the others are typed in `paths`, which is what the client
 * uses). Returns a copy without the second and later uses of each operationId (the model has already warned about
 * them), or the document itself when every operationId is unique.
 */
export function withUniqueOperationIds(document: OpenApiDocument): OpenApiDocument {
  const counts = operationIdCounts(listOperations(document, { mode: 'lenient' }));
  if (![...counts.values()].some((count) => count > 1)) return document;
  const seen = new Set<string>();
  const copy = structuredClone(document);
  for (const { operationId, operation } of listOperations(copy, { mode: 'lenient' })) {
    if (operationId === undefined) continue;
    if (seen.has(operationId)) delete operation.operationId;
    seen.add(operationId);
  }
  return copy;
}
