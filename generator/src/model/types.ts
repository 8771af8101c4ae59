/** The operation model: pure data read by every emitter and by the contract inventory. */

import type { HttpMethod, ParameterLocation, WildcardBodyKind } from '../document/index.js';

export type { HttpMethod, ParameterLocation, WildcardBodyKind };

/** OpenAPI's parameter `style` values. */
export type ParameterStyle = 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

export interface ParameterSerialization {
  /** The spec's `style`, or the location's default (`simple` for path and header, `form` for query and cookie). */
  style: ParameterStyle;
  /** The spec's `explode`, or its default (true for `form`, else false). */
  explode: boolean;
  /** Query only: reserved characters (`:/?[]@!$&'()*+,;=`) are sent unencoded. */
  allowReserved: boolean;
  /** Media type of a parameter described by `content` instead of `schema`. */
  contentType?: string;
}

export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** How the value goes on the wire; absent when it is the location's default way. */
  serialization?: ParameterSerialization;
  /**
   * Its schema only admits strings, numbers and booleans (document/schema-facts.ts schemaIsScalar): sent the
   * default way without the array and object handling of the runtime's wire.ts.
   */
  scalar?: true;
  /** Pointer of the (resolved) parameter object. */
  pointer: string;
}

/** How a request body is encoded on the wire. */
export type BodyEncoding = 'json' | 'form' | 'multipart' | 'text' | 'binary';

/** How one top-level property of a form or multipart body is sent, where the media type's `encoding` sets a style. */
export interface BodyPropertyStyle {
  name: string;
  style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
}

export interface RequestBodyModel {
  required: boolean;
  mediaType: string;
  encoding: BodyEncoding;
  /** Form and multipart bodies: the properties whose `encoding` entry sets `style` or `explode`, in spec order. */
  propertyStyles?: BodyPropertyStyle[];
  /** Top-level property names when the body is an object whose properties can sit beside the parameters. */
  propertyNames: string[] | null;
  /**
   * Names of the top-level properties the body's TypeScript type requires (empty when unknown): those in
   * `required` (a `default` does not make one required: the types are emitted without defaultNonNullable).
   */
  requiredProperties: string[];
  /** The flattened object schema is also `nullable` (3.0): its properties can only be given for the object. */
  nullable: boolean;
  /** The schema reaches a `readOnly`/`writeOnly` mark: its type is wrapped in `Writable` (see readWriteMarkers). */
  readWriteMarked: boolean;
  pointer: string;
}

/** How a body is read: parsed JSON, a string, a Blob, the unread `ReadableStream` (SSE, NDJSON), or not at all. */
export type ResponseParsing = 'json' | 'text' | 'blob' | 'stream' | 'none';

export interface ExampleModel {
  /** Name under `examples`; undefined for a single `example`. */
  name?: string;
  /** Pointer of the example value (for `examples`, of the Example Object's `value`). */
  pointer: string;
  /** Whether the example is given on the media type (Prism serves those verbatim). */
  explicit: boolean;
}

export interface ResponseContentModel {
  mediaType: string;
  /** Pointer of the schema, when the media type has one. */
  schemaPointer?: string;
  /** The schema reaches a `readOnly`/`writeOnly` mark: its type is wrapped in `Readable` (see readWriteMarkers). */
  readWriteMarked: boolean;
  examples: ExampleModel[];
  /** For `*\/*` only: what the schema says the body is (wildcardBodyKind), so the client reads it by Content-Type. */
  wildcardBody?: WildcardBodyKind;
}

export interface ResponseHeaderModel {
  name: string;
  required: boolean;
  /** How the runtime reads the header's text: by its schema's type (`string` for anything not a number or boolean). */
  wireType: 'number' | 'boolean' | 'string';
  pointer: string;
}

export interface ResponseModel {
  /** As written in the spec: `200`, `4XX`, `default`. */
  status: string;
  description: string;
  /** Whether the status means success (2xx or 2XX). */
  success: boolean;
  contents: ResponseContentModel[];
  headers: ResponseHeaderModel[];
  pointer: string;
}

export interface CodeSampleModel {
  lang: string;
  label?: string;
  source: string;
  pointer: string;
}

export interface OperationModel {
  /** Unique key: the operationId when it is unique in the spec, else `METHOD /path`. Errors carry it. */
  id: string;
  /** The spec's operationId, when it has one. */
  operationId?: string;
  /** Method name on the group (unique within the client). */
  name: string;
  /** Prefix for the operation's exported type names (`CancelBroadcast` → `CancelBroadcastArgs`). */
  typeName: string;
  /** Group property on the client (`message`). */
  group: string;
  tag?: string;
  method: HttpMethod;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  /** `flat`: one object of parameters and body properties; `nested`: { path, query, header, cookie, body }. */
  argumentShape: 'flat' | 'nested';
  /** Whether callers must pass the arguments object at all. */
  argumentsRequired: boolean;
  responses: ResponseModel[];
  /** How the success body is read: from the first documented 2xx response. */
  successParsing: ResponseParsing;
  /**
   * Set when the documented 2xx media types are not all read the same way (JSON and CSV, say): each one with
   * how it is read, so the runtime can follow the response's Content-Type.
   */
  successParsingByType?: [mediaType: string, parsing: ResponseParsing][];
  /** Media type whose schema types the result, if any. */
  successMediaType?: string;
  successStatus?: string;
  /** Documented 2xx statuses (as written: `204`, `2XX`) without content: an empty answer with them is `undefined`. */
  noContentStatuses: string[];
  /** Whether a documented 2xx JSON schema admits `null`; else a `null` answer is a ResponseBodyError. */
  successNullable: boolean;
  /** `Accept` value: the documented response media types, JSON first; undefined when none is documented. */
  accept?: string;
  /** The operation's own server (operation- or path-level `servers`, variables at their defaults), when it has one. */
  serverUrl?: string;
  /**
   * Security requirements in effect (the operation's `security`, else the document's): alternatives, each the
   * sorted scheme names it needs together. Empty for a public operation; `[]` inside means "no auth" is one option.
   */
  security: string[][];
  codeSamples: CodeSampleModel[];
  pointer: string;
  /** How the operation pages, when it does: its group gets `<name>Pages()` and `<name>Items()` iterators. */
  pagination?: PaginationModel;
}

/**
 * A list operation's paging. `offset`: the offset parameter moves by the items received; `page`: the page
 * parameter counts up; `link`: the `Link` header's `rel="next"` URL gives the next query; `cursor`: the cursor
 * parameter takes the response's next cursor, or (with `itemCursor`) the last item's id while `hasMore` is true.
 */
export interface PaginationModel {
  style: 'offset' | 'page' | 'link' | 'cursor';
  /** Path to the page's items in the body; empty when the body is the array. */
  items: string[];
  offset?: string;
  limit?: string;
  page?: string;
  size?: string;
  cursor?: string;
  nextCursor?: string[];
  itemCursor?: string;
  hasMore?: string[];
  /** Detected from the spec, or declared in the generator config. */
  source: 'detected' | 'declared';
}

/** The generator config's `pagination` entry for one operation (by operationId): how it pages, or false. */
export interface PaginationDeclaration {
  style: PaginationModel['style'];
  /** Dotted path to the items (`data`, `result.items`); empty or absent for a body that is the array. */
  items?: string;
  offset?: string;
  limit?: string;
  page?: string;
  size?: string;
  cursor?: string;
  nextCursor?: string;
  itemCursor?: string;
  hasMore?: string;
}

export interface GroupModel {
  /** Property on the client (`message`). */
  property: string;
  /** Class name of the group (`MessageApi`). */
  className: string;
  tag?: string;
  /** The path segment that untagged operations of this group share (`customers` for `/v1/customers/...`). */
  pathSegment?: string;
  operations: OperationModel[];
}

export interface SecuritySchemeModel {
  name: string;
  type: string;
  scheme?: string;
  in?: string;
  parameterName?: string;
  /**
   * How the client sends it: `authorization` (`Authorization: <authScheme> <token>`: HTTP bearer and other HTTP
   * schemes, OAuth 2 and OpenID Connect as bearer tokens), `basic`, `apiKey` (header, query or cookie), or
   * `unsupported` (mutualTLS, an unknown type: left to a custom fetch).
   */
  kind: 'authorization' | 'basic' | 'apiKey' | 'unsupported';
  /** The word before the token in `Authorization` (`Bearer`), for kind `authorization`. */
  authScheme?: string;
  /** Constructor options that provide the credential, the first one given wins (the scheme's own name, then `authToken`). */
  optionNames: string[];
}

export interface ApiModel {
  title: string;
  description?: string;
  version?: string;
  defaultBaseUrl?: string;
  operations: OperationModel[];
  groups: GroupModel[];
  securitySchemes: SecuritySchemeModel[];
  /** The document marks properties `readOnly` or `writeOnly`: requests and results are typed without them. */
  readWriteMarkers: boolean;
  /** Renames and other decisions the user should know about. */
  warnings: string[];
}
