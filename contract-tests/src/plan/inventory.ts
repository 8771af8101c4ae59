import { isExactStatus, isRangeStatus, type ExampleModel, type OperationModel, type ResponseContentModel, type ResponseModel } from '@periskope-tools/generator';

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
    for (const response of operation.responses) {
      const statusCode = concreteStatus(response.status);
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
        if (statusCode === undefined) {
          unreplayable.push({
            title: entry.title,
            reason: `status "${response.status}" names no single code to ask the mock for`,
            operation: operation.id,
            status: response.status,
            pointer: response.pointer,
          });
        } else {
          tuples.push({ ...entry, operation, response, statusCode });
        }
      }
    }
  }
  return { tuples, unreplayable };
}

/** `404` → 404; `4XX` → 400 (Prism answers a range with its first code); `default` → none. */
function concreteStatus(status: string): number | undefined {
  if (isExactStatus(status)) return Number(status);
  if (isRangeStatus(status)) return Number(status[0]) * 100;
  return undefined;
}
