/** What the pipeline needs of a generated client, whichever package and class it is. */

/** Builds a client instance, as `new <ClientClass>(options)` does; credentials go under their scheme's option names. */
export type ClientFactory = (options: { [option: string]: unknown; authToken?: string; baseUrl: string; fetch: typeof fetch }) => Record<string, unknown>;

/** The generated package's error classes, passed in so the oracles work with any generated client. */
export interface ErrorClasses {
  ApiError: abstract new (...args: never[]) => { status: number; operation: string; body: unknown };
  UnexpectedResponseError: abstract new (...args: never[]) => { status: number };
  /** A 2xx whose body is not what the spec documents (`reason`: `empty`, `null`, `unparseable`); clients before it have none. */
  ResponseBodyError?: abstract new (...args: never[]) => { status: number; reason: string };
}

export interface ClientUnderTest {
  create: ClientFactory;
  errors: ErrorClasses;
  /** The interface snapshot the client was generated from (its `openapi.snapshot.json`), for the drift check. */
  snapshot: unknown;
  /** `PeriskopeApi of @periskope/periskope-client (generated/)`, for messages. */
  label: string;
  /** The package's folder and client class, for checks that compile calls against its sources (typed calls). */
  source?: { dir: string; className: string };
}
