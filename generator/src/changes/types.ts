/** What a caller of the generated client feels from one spec change, and the release it needs. */
export type ChangeLevel = 'breaking' | 'feature' | 'fix' | 'docs';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** Which way data flows at the place of a change: a request gets stricter, a response looser, ... */
export type Direction = 'request' | 'response' | 'neutral';

/** One classified change, as `npm run changes -- --json` prints it. */
export interface Change {
  rule: string;
  level: ChangeLevel;
  /** `cancelBroadcast (DELETE /message/broadcast/{broadcast_id})`, or `document`. */
  operation: string;
  /** JSON pointer of the place in the new spec (in the base spec for something removed). */
  pointer: string;
  message: string;
}

/** What a raw difference is about; each subject has exactly one rule (rules/), which gives it a level. */
export type Subject =
  | 'operation'
  | 'component'
  | 'operation-id'
  | 'operation-group'
  | 'deprecation'
  | 'lifecycle'
  | 'parameter'
  | 'parameter-required'
  | 'request-body'
  | 'request-body-required'
  | 'property'
  | 'property-required'
  | 'enum-value'
  | 'type'
  | 'nullable'
  | 'constraint'
  | 'composition-branch'
  | 'additional-properties'
  | 'discriminator'
  | 'read-write'
  | 'default-value'
  | 'response-status'
  | 'media-type'
  | 'response-header'
  | 'response-header-required'
  | 'security'
  | 'server'
  | 'documentation'
  | 'extension'
  | 'keyword';

/** A number's bound as `minimum`/`maximum` and the exclusive keywords make it together: `{ value: 1, exclusive: true }` is `> 1`. */
export interface RangeBound {
  value: number;
  exclusive: boolean;
}

/** A difference the walk found, before any rule judged it. */
export interface Difference {
  subject: Subject;
  kind: 'added' | 'removed' | 'changed';
  direction: Direction;
  operation: string;
  pointer: string;
  /** Readable place: `request body.address.city`, `response 200 application/json body.items[]`. */
  where: string;
  /** The keyword, parameter, property, status, media type or header the difference is about. */
  name?: string;
  before?: unknown;
  after?: unknown;
  /** Added parameters and properties: required in the new spec. */
  required?: boolean;
  /** Response statuses: both sides' status keys, to tell a first success response from another one. */
  statuses?: { before: string[]; after: string[] };
  /** A success status added: its body has the shape of one the operation already resolves. */
  sameBody?: boolean;
  /** A discriminator: other schemas' tag property is typed from it (they take it in through `allOf`, or are its `oneOf` members). */
  tagsTyped?: boolean;
  /** A response media type added: the body type callers get gains a member (a new schema, or a new reading such as text). */
  widens?: boolean;
  /** An operation or parameter removed: why that breaks no promise of the spec's lifecycle (lifecycle.ts), if it does not. */
  sanctioned?: string;
  /** An `x-extensible-enum` value, not an `enum` one: callers were told to expect values it does not list. */
  extensible?: boolean;
  /**
   * A component no operation reaches (components.ts), compared as a request and as a response: its exported type
   * may be used either way, so the report keeps whichever reading is more serious.
   */
  component?: string;
  /** A lifecycle extension changed on an operation or parameter deprecated on both sides. */
  stillDeprecated?: boolean;
}

/** One rule: the level and sentence for every difference of its subject. One file each, in rules/. */
export interface ChangeRule {
  id: string;
  subject: Subject;
  /** One line for the README's rule table: how the level is decided. */
  summary: string;
  classify(difference: Difference): { level: ChangeLevel; message: string };
}

export interface ChangeReport {
  bump: Bump;
  changes: Change[];
}
