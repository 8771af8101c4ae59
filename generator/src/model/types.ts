/** The operation model: pure data read by every emitter and by the contract inventory. */

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
export const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** Pointer of the (resolved) parameter object. */
  pointer: string;
}

/** How a request body is encoded on the wire. */
export type BodyEncoding = 'json' | 'form' | 'multipart' | 'text' | 'binary';

export interface RequestBodyModel {
  required: boolean;
  mediaType: string;
  encoding: BodyEncoding;
  /** Top-level property names when the body is an object whose properties can sit beside the parameters. */
  propertyNames: string[] | null;
  /** Names of the required top-level properties (empty when unknown). */
  requiredProperties: string[];
  pointer: string;
}

export type ResponseParsing = 'json' | 'text' | 'blob' | 'none';

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
  examples: ExampleModel[];
}

export interface ResponseHeaderModel {
  name: string;
  required: boolean;
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
  /** Media type whose schema types the result, if any. */
  successMediaType?: string;
  successStatus?: string;
  /** Names of the security schemes any of whose requirements apply; empty for public operations. */
  security: string[][];
  codeSamples: CodeSampleModel[];
  pointer: string;
}

export interface GroupModel {
  /** Property on the client (`message`). */
  property: string;
  /** Class name of the group (`MessageApi`). */
  className: string;
  tag?: string;
  operations: OperationModel[];
}

export interface SecuritySchemeModel {
  name: string;
  type: string;
  scheme?: string;
  in?: string;
  parameterName?: string;
}

export interface ApiModel {
  title: string;
  description?: string;
  version?: string;
  defaultBaseUrl?: string;
  operations: OperationModel[];
  groups: GroupModel[];
  securitySchemes: SecuritySchemeModel[];
  /** Renames and other decisions the user should know about. */
  warnings: string[];
}
