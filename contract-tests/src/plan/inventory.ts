import { isDefaultStatus, isExactStatus, isRangeStatus, statusKeyCovers, type ExampleModel, type OperationModel, type ResponseContentModel, type ResponseModel } from '@periskope-tools/generator';

/** One documented response the suite must replay: (operation, status, media type, example). */
export interface ResponseTuple {
  /** `cancelBroadcast 409 application/json`, `cancelBroadcast 404 (no content)`, `... example=dog` */
  title: string;
  operation: OperationModel;
  response: ResponseModel;
  content?: ResponseContentModel;
  example?: ExampleModel;
  /** The status to ask Prism for: ranges and `default` have no single code. */
  statusCode: number;
}

export interface Unreplayable {
  title: string;
  reason: string;
  /** The operation's id, the documented status key and the response's JSON pointer. */
  operation: string;
  status: string;
  pointer: string;
}

export interface Inventory {
  tuples: ResponseTuple[];
  /** Documented responses that cannot be replayed, with the reason; the suite fails on any. */
  unreplayable: Unreplayable[];
}

/** Every (operation, status, media type, named example) of the model, in spec order. */
export function buildInventory(operations: OperationModel[]): Inventory {
  const tuples: ResponseTuple[] = [];
  const unreplayable: Unreplayable[] = [];
  for (const operation of operations) {
    const documented = operation.responses.map((response) => response.status);
    for (const response of operation.responses) {
      const statusCode = concreteStatus(response.status, documented);
      const base = `${operation.id} ${response.status}`;
      const entries: Omit<ResponseTuple, 'operation' | 'response' | 'statusCode'>[] = [];
      if (response.contents.length === 0) entries.push({ title: `${base} (no content)` });
      for (const content of response.contents) {
        if (content.examples.length <= 1) {
          entries.push({ title: `${base} ${content.mediaType}`, content, example: content.examples[0] });
        } else {
          for (const example of content.examples) {
            entries.push({ title: `${base} ${content.mediaType} example=${example.name}`, content, example });
          }
        }
      }
      for (const entry of entries) {
        const reason = statusCode === undefined ? `every code "${response.status}" could stand for is documented on its own, so the mock cannot be asked for it` : unreceivable(statusCode);
        if (reason !== undefined) {
          unreplayable.push({ title: entry.title, reason, operation: operation.id, status: response.status, pointer: response.pointer });
        } else if (statusCode !== undefined) {
          tuples.push({ ...entry, operation, response, statusCode });
        }
      }
    }
  }
  return { tuples, unreplayable };
}

/**
 * Why no fetch-based client (the generated one) can ever be handed a response of this status, or undefined. Asked
 * for anyway, the call ends in a bare `fetch failed` or waits until its timeout.
 */
export function unreceivable(statusCode: number): string | undefined {
  if (statusCode >= 100 && statusCode < 200) return `fetch never hands a client a ${statusCode}: a 1xx response is informational, and fetch waits for the final one`;
  if (statusCode === 407) return 'fetch turns a 407 (Proxy Authentication Required) into a network error, so no client built on it can receive one';
  return undefined;
}

/**
 * The code to ask the mock for: `404` → 404. A range or `default` has no single code, and Prism serves it for
 * a code the operation does not list: `4XX` → the first 4xx code not documented on its own; `default` → the
 * first error code (5xx, then 4xx) that no other status key of the operation covers. Undefined when every
 * code is taken.
 */
export function concreteStatus(status: string, documented: readonly string[]): number | undefined {
  if (isExactStatus(status)) return Number(status);
  const others = documented.filter((key) => key !== status);
  const free = (code: number) => !others.some((key) => statusKeyCovers(key, code) && !isDefaultStatus(key));
  const candidates = isRangeStatus(status)
    ? codesOfClass(Number(status[0]))
    : isDefaultStatus(status)
      ? [...codesOfClass(5), ...codesOfClass(4)]
      : [];
  return candidates.find(free);
}

function codesOfClass(digit: number): number[] {
  return Array.from({ length: 100 }, (_, index) => digit * 100 + index);
}
