/** Server Objects: which base URL an operation is sent to, as OpenAPI 3.x defines it. */
import { isObject, type JsonObject } from './types.js';

/** A Server Object's URL with each `{variable}` replaced by its default (a client needs one concrete URL). */
export function serverUrl(server: unknown): string | undefined {
  if (!isObject(server) || typeof server.url !== 'string') return undefined;
  const variables = isObject(server.variables) ? server.variables : {};
  return server.url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
}

/** The first usable URL of a `servers` list; undefined when the list is absent, empty or holds no URL. */
export function firstServerUrl(servers: unknown): string | undefined {
  if (!Array.isArray(servers)) return undefined;
  for (const server of servers) {
    const url = serverUrl(server);
    if (url !== undefined) return url;
  }
  return undefined;
}

/**
 * The server an operation's own `servers` (or else its Path Item's) send it to; undefined when neither has
 * one, so the document's root `servers` apply. Operation-level wins over path-level (OpenAPI 3.x).
 */
export function operationServerUrl(operation: JsonObject, pathItem: JsonObject): string | undefined {
  return firstServerUrl(operation.servers) ?? firstServerUrl(pathItem.servers);
}
