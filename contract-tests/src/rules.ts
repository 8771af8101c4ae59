/**
 * Every rule of the contract pipeline, one id each: what a finding says went wrong. The id is stable (reports,
 * CI filters and mutation operators name it), the kind says who has to act, the stage which step of the pipeline
 * applies it. This module imports nothing, so every stage can name its rules without an import cycle.
 */

/**
 * Who has to act on a finding.
 * - `spec`: the document: an example that breaks its schema, a response the spec cannot describe, or the spec
 *   moved since the client under test was generated from it.
 * - `server`: what answered (the mock serving the spec, or the live server) did not send what the spec documents.
 * - `suite`: the toolkit: the generated client misbehaved, the suite's request values were rejected, the mock
 *   could not start, or a documented response is one the suite cannot replay.
 */
export type FindingKind = 'spec' | 'server' | 'suite';

/** The pipeline's steps, in order; `setup` is loading the spec, the client and the mock. */
export type Stage = 'setup' | 'drift' | 'examples' | 'calls' | 'replay' | 'live' | 'coverage';

export interface RuleInfo {
  kind: FindingKind;
  stage: Stage;
  summary: string;
}

/** The drift check's rules (gates/drift.ts): a difference between the client's snapshot and the spec. */
export const DRIFT_RULES = [
  'operation-removed',
  'operation-added',
  'parameter-removed',
  'parameter-added',
  'response-removed',
  'response-added',
  'became-required',
  'no-longer-required',
  'property-removed',
  'property-added',
  'enum-value-added',
  'enum-value-removed',
  'type-changed',
  'keyword-added',
  'keyword-removed',
  'value-changed',
  'list-length-changed',
] as const;
export type DriftRule = (typeof DRIFT_RULES)[number];

const drift = (summary: string): RuleInfo => ({ kind: 'spec', stage: 'drift', summary });
const replay = (kind: FindingKind, summary: string): RuleInfo => ({ kind, stage: 'replay', summary });
const live = (kind: FindingKind, summary: string): RuleInfo => ({ kind, stage: 'live', summary });

const DRIFT: Record<DriftRule, RuleInfo> = {
  'operation-removed': drift('an operation the client has is gone from the spec'),
  'operation-added': drift('the spec has an operation the client has no method for'),
  'parameter-removed': drift('a parameter the client sends is gone'),
  'parameter-added': drift('a parameter the client cannot send was added'),
  'response-removed': drift('a status the client types is gone'),
  'response-added': drift('a status the client does not know was added'),
  'became-required': drift('a parameter, body or property became required'),
  'no-longer-required': drift('a response property or header the client relies on is no longer required'),
  'property-removed': drift('a schema property is gone'),
  'property-added': drift('a schema property was added (breaking unless optional in a response)'),
  'enum-value-added': drift('an enum gained a value'),
  'enum-value-removed': drift('an enum lost a value'),
  'type-changed': drift('a type was added to or removed from a schema'),
  'keyword-added': drift('a keyword the client depends on was added'),
  'keyword-removed': drift('a keyword the client depends on was removed'),
  'value-changed': drift('a value the client depends on changed'),
  'list-length-changed': drift('a list the client depends on changed length'),
};

export const RULES = {
  // ---------------------------------------------------------------------------------------------- setup
  'spec-unloadable': { kind: 'spec', stage: 'setup', summary: 'the spec cannot be read, linted, bundled or modelled' },
  'client-refused': { kind: 'suite', stage: 'setup', summary: 'the client under test cannot be loaded, or was generated from another spec' },
  'mock-unavailable': { kind: 'suite', stage: 'setup', summary: 'Prism could not mock (or proxy) the spec' },
  'check-crashed': { kind: 'suite', stage: 'setup', summary: 'a check of the suite threw instead of reporting' },
  // ---------------------------------------------------------------------------------------------- drift
  ...DRIFT,
  // ------------------------------------------------------------------------------------------- examples
  'example-invalid': { kind: 'spec', stage: 'examples', summary: 'an example does not validate against the schema it illustrates' },
  'schema-invalid': { kind: 'spec', stage: 'examples', summary: "a schema breaks its document's JSON Schema dialect: OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum in a 3.1 document (checked the one way it can mean), or an anchor declared twice in one schema resource (the body or header cannot be checked)" },
  // ---------------------------------------------------------------------------------------------- calls
  'typed-call-rejected': { kind: 'suite', stage: 'calls', summary: "a call with the values the suite sends does not type-check through the generated client (its types are stricter than the spec)" },
  // ------------------------------------------------------------------------------------- replay (mock)
  'call-failed': replay('suite', 'no HTTP exchange: the client has no method, the call threw before a response, or it timed out'),
  'mock-threw': replay('suite', "Prism threw while handling the suite's request (its validator or mocker): no documented response was served"),
  'request-unsatisfiable': replay('suite', 'no example or sampled value the suite could build is valid for a request schema (the pointer and Ajv\'s reasons say which)'),
  'request-oneof-overlap': replay('spec', 'a request schema\'s oneOf branches overlap: the values built match several branches, so none is valid under JSON Schema (and the mock rejecting the value sent anyway is this rule too)'),
  'request-impossible': replay('spec', 'no request the spec allows can be sent: a request schema no value satisfies (it requires itself through required properties, or its allOf parts leave no type in common), or a GET/HEAD that requires a body; the mock rejecting the request sent anyway is this rule too'),
  'mock-cannot-read': replay('server', "the mock cannot read any request body or parameter the schema accepts (Prism 5.14's form decoding: an array of objects in a deepObject property, an array of arrays, an array or object property of an exploded form query object); its rejection of the request sent is this rule too"),
  'request-rejected': replay('suite', "the mock rejected the suite's request (400/422 instead of the status asked for)"),
  'status-mismatch': replay('server', 'another status than the one asked for came back'),
  'schema-uncheckable': replay('suite', 'a schema Ajv cannot compile (even without Unicode mode): the body or header could not be checked'),
  'unexpected-body': replay('server', 'a body where the spec documents no content'),
  'media-type-mismatch': replay('server', 'another media type than the one documented and asked for'),
  'body-not-json': replay('server', 'a JSON media type whose body does not parse'),
  'body-schema': replay('spec', 'the body breaks its schema (the mock serves the spec\'s own example)'),
  'mock-body-schema': replay('server', 'a body the mock built from the schema itself (no example documented) breaks that schema'),
  'example-not-served': replay('server', 'the body is not the documented example asked for'),
  'header-missing': replay('server', 'a required response header is missing'),
  'header-schema': replay('spec', 'a response header value breaks its schema'),
  'client-threw': replay('suite', 'the client threw on a documented 2xx'),
  'client-result': replay('suite', 'the client did not return the parsed body'),
  'client-resolved-error': replay('suite', 'the client resolved a documented error status'),
  'client-error-type': replay('suite', 'a documented error did not throw an ApiError with its status, operation and body'),
  'security-not-enforced': replay('server', 'a call without credentials did not get a 401'),
  'security-untyped': replay('suite', 'a 401 without credentials was not thrown as a typed error'),
  // ---------------------------------------------------------------------------------------------- live
  'live-status': live('server', 'the live server answered with an undocumented status'),
  'live-body': live('server', 'a body where none is documented, none where one is, or a body that does not parse'),
  'live-media-type': live('server', 'a media type the spec does not document for that response'),
  'live-accept': live('server', 'a media type that does not match the Accept header sent'),
  'live-schema': live('server', 'the body breaks its schema'),
  'live-header': live('server', 'a required header is missing, or a header value breaks its schema'),
  'live-prism': live('server', "Prism's validating proxy reported a violation"),
  'live-client': live('suite', 'the generated client mishandled the live response'),
  'live-proxy': live('server', "Prism answered itself instead of passing on the server's response"),
  'live-network': live('server', 'no response arrived'),
  // ------------------------------------------------------------------------------------------- coverage
  'no-responses': { kind: 'spec', stage: 'coverage', summary: 'the spec documents no response' },
  unreplayable: { kind: 'suite', stage: 'coverage', summary: 'a documented response the suite cannot replay: a default or range response every code of which is documented on its own (the mock cannot be asked for it), or a status fetch never hands a client (1xx, 407)' },
  'not-replayed': { kind: 'suite', stage: 'coverage', summary: 'a documented response was not replayed (left out of the selection)' },
  'nothing-replayed': { kind: 'suite', stage: 'coverage', summary: 'not one documented response was replayed' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function ruleInfo(rule: RuleId): RuleInfo {
  return RULES[rule];
}
