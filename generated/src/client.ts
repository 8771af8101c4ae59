// Generated from periskope.yaml (sha256 476d8968880c1c97051931336c1dc4777b4347f25b3a5e8cf34332f5ba130f98) by @periskope-tools/generator.
// Do not edit: change the spec and run `npm run generate`.
import type { paths } from './schema.js';
import { ApiErrorBase, paginateItems, paginatePages, Transport, type ApiErrorOf, type BaseClientOptions, type Credential, type OperationSpec, type Pagination, type RequestOptions, type SecuritySchemeSpec } from './runtime.js';
import type { ResponsePromise } from './response.js';
import { wire } from './wire.js';
import { requestBody } from './body.js';

/** Base URL used when the constructor is given none: the spec's first server. */
export const DEFAULT_BASE_URL = 'https://api.periskope.app/v1';

/** Options given once, to the client's constructor. */
export interface ClientOptions extends BaseClientOptions {
  /** Security scheme `bearerAuth` (http), sent as `Authorization: Bearer <token>` to operations that require it; a value, or a (possibly async) function called for each request. */
  bearerAuth?: Credential;
  /** Security scheme `bearerAuth` (http), sent as `Authorization: Bearer <token>` to operations that require it; a value, or a (possibly async) function called for each request. Another name for `bearerAuth`. */
  authToken?: Credential;
}

/** How each security scheme of the spec is sent, and the constructor options that hold its credential. */
const SECURITY_SCHEMES: readonly SecuritySchemeSpec[] = [
  { key: 'bearerAuth', options: ['bearerAuth', 'authToken'], kind: 'authorization', scheme: 'Bearer' },
];

/** Every documented error response of every operation. */
export type AnyApiError = GetContactsError | UpdateContactError | UpdateContactLabelsError | GetPhoneError | UpdatePhoneError | CancelBroadcastError | ListAllChatsError | ListAllMessagesError | ListAllNotificationsError | UpdateChatError | GetMessagesInAChatError | GetNotificationsInAChatError | UpdateChatLabelsError | UpdateChatOverrideAccessError;
/**
 * Thrown for every documented non-2xx response. `instanceof ApiError` narrows to the union of documented
 * errors, so checking `operation` and `status` types `body`:
 * `if (e instanceof ApiError && e.status === 409) e.body.message`.
 */
export const ApiError = ApiErrorBase as typeof ApiErrorBase & { readonly prototype: AnyApiError };
export type ApiError = AnyApiError;

// ContactsApi (client.contacts): 5 operations.
/** openapi-typescript's type of GET /contacts. */
export type GetContactsOperation = paths['/contacts']['get'];
/** Arguments of `contacts.getContacts`. */
export type GetContactsArgs = NonNullable<GetContactsOperation['parameters']['query']>;
/** What `contacts.getContacts` resolves to. */
export type GetContactsResult = GetContactsOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `contacts.getContacts`, thrown as `ApiError`. */
export type GetContactsError = ApiErrorOf<'getContacts', 422, GetContactsOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `contacts.getContacts`'s success response, from `.withResponse()`. */
export type GetContactsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetContactsSpec: OperationSpec = {
  id: 'getContacts',
  method: 'get',
  path: '/contacts',
  inQuery: ['offset', 'limit'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};
/** One item of `contacts.getContacts`'s pages, as `getContactsItems()` yields them. */
export type GetContactsItem = NonNullable<GetContactsResult['contacts']>[number];
const GetContactsPaging: Pagination = {
  style: 'offset',
  items: ['contacts'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List contacts
 *
 * Returns the organisation's contacts one page at a time.
 *
 * `GET /contacts`
 * @throws {GetContactsError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.contacts.getContacts()`, importable alone.
 */
export function getContacts(client: PeriskopeApiCore, args: GetContactsArgs = {}, options?: RequestOptions): ResponsePromise<GetContactsResult, GetContactsHeaders> {
  return client.transport.call(GetContactsSpec, args, options) as ResponsePromise<GetContactsResult, GetContactsHeaders>;
}

/**
 * Every page of `getContacts`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.contacts.getContactsPages()`, importable alone.
 */
export function getContactsPages(client: PeriskopeApiCore, args: GetContactsArgs = {}, options?: RequestOptions): AsyncGenerator<GetContactsResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetContactsSpec, pageArgs, pageOptions), args, options, GetContactsPaging) as AsyncGenerator<GetContactsResult, void, undefined>;
}

/**
 * Every item of every page of `getContacts`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.contacts.getContactsItems()`, importable alone.
 */
export function getContactsItems(client: PeriskopeApiCore, args: GetContactsArgs = {}, options?: RequestOptions): AsyncGenerator<GetContactsItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetContactsSpec, pageArgs, pageOptions), args, options, GetContactsPaging) as AsyncGenerator<GetContactsItem, void, undefined>;
}

/** openapi-typescript's type of GET /contacts/{contact_id}. */
export type GetContactByIdOperation = paths['/contacts/{contact_id}']['get'];
/** Arguments of `contacts.getContactById`. */
export type GetContactByIdArgs = GetContactByIdOperation['parameters']['path'];
/** What `contacts.getContactById` resolves to. */
export type GetContactByIdResult = GetContactByIdOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `contacts.getContactById`, thrown as `ApiError`. */
export type GetContactByIdError = never;
/** Documented headers of `contacts.getContactById`'s success response, from `.withResponse()`. */
export type GetContactByIdHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetContactByIdSpec: OperationSpec = {
  id: 'getContactById',
  method: 'get',
  path: '/contacts/{contact_id}',
  inPath: ['contact_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Get a contact
 *
 * Returns one contact, including the ids of the one-to-one chat and the groups it appears in.
 *
 * `GET /contacts/{contact_id}`
 *
 * The same call as `client.contacts.getContactById()`, importable alone.
 */
export function getContactById(client: PeriskopeApiCore, args: GetContactByIdArgs, options?: RequestOptions): ResponsePromise<GetContactByIdResult, GetContactByIdHeaders> {
  return client.transport.call(GetContactByIdSpec, args, options) as ResponsePromise<GetContactByIdResult, GetContactByIdHeaders>;
}

/** openapi-typescript's type of PATCH /contacts/{contact_id}. */
export type UpdateContactOperation = paths['/contacts/{contact_id}']['patch'];
/** Arguments of `contacts.updateContact`. */
export type UpdateContactArgs = UpdateContactOperation['parameters']['path'] & NonNullable<UpdateContactOperation['requestBody']>['content']['application/json'];
/** What `contacts.updateContact` resolves to. */
export type UpdateContactResult = UpdateContactOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `contacts.updateContact`, thrown as `ApiError`. */
export type UpdateContactError = ApiErrorOf<'updateContact', 422, UpdateContactOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `contacts.updateContact`'s success response, from `.withResponse()`. */
export type UpdateContactHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const UpdateContactSpec: OperationSpec = {
  id: 'updateContact',
  method: 'patch',
  path: '/contacts/{contact_id}',
  inPath: ['contact_id'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Update a contact
 *
 * Changes the Periskope-side name, the internal flag or the labels of a contact. The name on the phone itself is not touched. Send at least one field.
 *
 * `PATCH /contacts/{contact_id}`
 * @throws {UpdateContactError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.contacts.updateContact()`, importable alone.
 */
export function updateContact(client: PeriskopeApiCore, args: UpdateContactArgs, options?: RequestOptions): ResponsePromise<UpdateContactResult, UpdateContactHeaders> {
  return client.transport.call(UpdateContactSpec, args, options) as ResponsePromise<UpdateContactResult, UpdateContactHeaders>;
}

/** openapi-typescript's type of PATCH /contacts/labels. */
export type UpdateContactLabelsOperation = paths['/contacts/labels']['patch'];
/** Arguments of `contacts.updateContactLabels`. */
export type UpdateContactLabelsArgs = NonNullable<UpdateContactLabelsOperation['requestBody']>['content']['application/json'];
/** What `contacts.updateContactLabels` resolves to. */
export type UpdateContactLabelsResult = void;
/** Documented error responses of `contacts.updateContactLabels`, thrown as `ApiError`. */
export type UpdateContactLabelsError = ApiErrorOf<'updateContactLabels', 422, UpdateContactLabelsOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `contacts.updateContactLabels`'s success response, from `.withResponse()`. */
export type UpdateContactLabelsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-trace-id'?: string };
const UpdateContactLabelsSpec: OperationSpec = {
  id: 'updateContactLabels',
  method: 'patch',
  path: '/contacts/labels',
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Set labels on contacts
 *
 * Replaces the labels of several contacts in one call. Existing labels on those contacts are removed.
 *
 * `PATCH /contacts/labels`
 * @throws {UpdateContactLabelsError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.contacts.updateContactLabels()`, importable alone.
 */
export function updateContactLabels(client: PeriskopeApiCore, args: UpdateContactLabelsArgs, options?: RequestOptions): ResponsePromise<UpdateContactLabelsResult, UpdateContactLabelsHeaders> {
  return client.transport.call(UpdateContactLabelsSpec, args, options) as ResponsePromise<UpdateContactLabelsResult, UpdateContactLabelsHeaders>;
}

/** openapi-typescript's type of POST /contacts/create. */
export type CreateContactOperation = paths['/contacts/create']['post'];
/** Arguments of `contacts.createContact`. */
export type CreateContactArgs = NonNullable<CreateContactOperation['parameters']['header']> & NonNullable<CreateContactOperation['requestBody']>['content']['application/json'];
/** What `contacts.createContact` resolves to. */
export type CreateContactResult = CreateContactOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `contacts.createContact`, thrown as `ApiError`. */
export type CreateContactError = never;
/** Documented headers of `contacts.createContact`'s success response, from `.withResponse()`. */
export type CreateContactHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const CreateContactSpec: OperationSpec = {
  id: 'createContact',
  method: 'post',
  path: '/contacts/create',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Create a contact
 *
 * Adds a contact from a phone number and a name.
 *
 * `POST /contacts/create`
 *
 * The same call as `client.contacts.createContact()`, importable alone.
 */
export function createContact(client: PeriskopeApiCore, args: CreateContactArgs, options?: RequestOptions): ResponsePromise<CreateContactResult, CreateContactHeaders> {
  return client.transport.call(CreateContactSpec, args, options) as ResponsePromise<CreateContactResult, CreateContactHeaders>;
}

/** Operations tagged `contacts`. */
export class ContactsApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.contacts`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * List contacts
   *
   * Returns the organisation's contacts one page at a time.
   *
   * `GET /contacts`
   * @throws {GetContactsError} for a documented error status (as `ApiError`).
   */
  getContacts(args: GetContactsArgs = {}, options?: RequestOptions): ResponsePromise<GetContactsResult, GetContactsHeaders> {
    return getContacts(this, args, options);
  }

  /**
   * Every page of `getContacts`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getContactsPages(args: GetContactsArgs = {}, options?: RequestOptions): AsyncGenerator<GetContactsResult, void, undefined> {
    return getContactsPages(this, args, options);
  }

  /**
   * Every item of every page of `getContacts`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getContactsItems(args: GetContactsArgs = {}, options?: RequestOptions): AsyncGenerator<GetContactsItem, void, undefined> {
    return getContactsItems(this, args, options);
  }

  /**
   * Get a contact
   *
   * Returns one contact, including the ids of the one-to-one chat and the groups it appears in.
   *
   * `GET /contacts/{contact_id}`
   */
  getContactById(args: GetContactByIdArgs, options?: RequestOptions): ResponsePromise<GetContactByIdResult, GetContactByIdHeaders> {
    return getContactById(this, args, options);
  }

  /**
   * Update a contact
   *
   * Changes the Periskope-side name, the internal flag or the labels of a contact. The name on the phone itself is not touched. Send at least one field.
   *
   * `PATCH /contacts/{contact_id}`
   * @throws {UpdateContactError} for a documented error status (as `ApiError`).
   */
  updateContact(args: UpdateContactArgs, options?: RequestOptions): ResponsePromise<UpdateContactResult, UpdateContactHeaders> {
    return updateContact(this, args, options);
  }

  /**
   * Set labels on contacts
   *
   * Replaces the labels of several contacts in one call. Existing labels on those contacts are removed.
   *
   * `PATCH /contacts/labels`
   * @throws {UpdateContactLabelsError} for a documented error status (as `ApiError`).
   */
  updateContactLabels(args: UpdateContactLabelsArgs, options?: RequestOptions): ResponsePromise<UpdateContactLabelsResult, UpdateContactLabelsHeaders> {
    return updateContactLabels(this, args, options);
  }

  /**
   * Create a contact
   *
   * Adds a contact from a phone number and a name.
   *
   * `POST /contacts/create`
   */
  createContact(args: CreateContactArgs, options?: RequestOptions): ResponsePromise<CreateContactResult, CreateContactHeaders> {
    return createContact(this, args, options);
  }
}

// TicketsApi (client.tickets): 4 operations.
/** openapi-typescript's type of GET /tickets. */
export type GetTicketsOperation = paths['/tickets']['get'];
/** Arguments of `tickets.getTickets`. */
export type GetTicketsArgs = NonNullable<GetTicketsOperation['parameters']['query']>;
/** What `tickets.getTickets` resolves to. */
export type GetTicketsResult = GetTicketsOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `tickets.getTickets`, thrown as `ApiError`. */
export type GetTicketsError = never;
/** Documented headers of `tickets.getTickets`'s success response, from `.withResponse()`. */
export type GetTicketsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetTicketsSpec: OperationSpec = {
  id: 'getTickets',
  method: 'get',
  path: '/tickets',
  inQuery: ['offset', 'limit'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};
/** One item of `tickets.getTickets`'s pages, as `getTicketsItems()` yields them. */
export type GetTicketsItem = NonNullable<GetTicketsResult['tickets']>[number];
const GetTicketsPaging: Pagination = {
  style: 'offset',
  items: ['tickets'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List tickets
 *
 * Returns tickets one page at a time.
 *
 * `GET /tickets`
 *
 * The same call as `client.tickets.getTickets()`, importable alone.
 */
export function getTickets(client: PeriskopeApiCore, args: GetTicketsArgs = {}, options?: RequestOptions): ResponsePromise<GetTicketsResult, GetTicketsHeaders> {
  return client.transport.call(GetTicketsSpec, args, options) as ResponsePromise<GetTicketsResult, GetTicketsHeaders>;
}

/**
 * Every page of `getTickets`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.tickets.getTicketsPages()`, importable alone.
 */
export function getTicketsPages(client: PeriskopeApiCore, args: GetTicketsArgs = {}, options?: RequestOptions): AsyncGenerator<GetTicketsResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetTicketsSpec, pageArgs, pageOptions), args, options, GetTicketsPaging) as AsyncGenerator<GetTicketsResult, void, undefined>;
}

/**
 * Every item of every page of `getTickets`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.tickets.getTicketsItems()`, importable alone.
 */
export function getTicketsItems(client: PeriskopeApiCore, args: GetTicketsArgs = {}, options?: RequestOptions): AsyncGenerator<GetTicketsItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetTicketsSpec, pageArgs, pageOptions), args, options, GetTicketsPaging) as AsyncGenerator<GetTicketsItem, void, undefined>;
}

/** openapi-typescript's type of POST /tickets/create. */
export type CreateTicketOperation = paths['/tickets/create']['post'];
/** Arguments of `tickets.createTicket`. */
export type CreateTicketArgs = NonNullable<CreateTicketOperation['parameters']['header']> & NonNullable<CreateTicketOperation['requestBody']>['content']['application/json'];
/** What `tickets.createTicket` resolves to. */
export type CreateTicketResult = CreateTicketOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `tickets.createTicket`, thrown as `ApiError`. */
export type CreateTicketError = never;
/** Documented headers of `tickets.createTicket`'s success response, from `.withResponse()`. */
export type CreateTicketHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const CreateTicketSpec: OperationSpec = {
  id: 'createTicket',
  method: 'post',
  path: '/tickets/create',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Create a ticket
 *
 * Opens a ticket on a chat, optionally tied to the message it is about.
 *
 * `POST /tickets/create`
 *
 * The same call as `client.tickets.createTicket()`, importable alone.
 */
export function createTicket(client: PeriskopeApiCore, args: CreateTicketArgs, options?: RequestOptions): ResponsePromise<CreateTicketResult, CreateTicketHeaders> {
  return client.transport.call(CreateTicketSpec, args, options) as ResponsePromise<CreateTicketResult, CreateTicketHeaders>;
}

/** openapi-typescript's type of GET /tickets/{ticket_id}. */
export type GetTicketByIdOperation = paths['/tickets/{ticket_id}']['get'];
/** Arguments of `tickets.getTicketById`. */
export type GetTicketByIdArgs = GetTicketByIdOperation['parameters']['path'];
/** What `tickets.getTicketById` resolves to. */
export type GetTicketByIdResult = GetTicketByIdOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `tickets.getTicketById`, thrown as `ApiError`. */
export type GetTicketByIdError = never;
/** Documented headers of `tickets.getTicketById`'s success response, from `.withResponse()`. */
export type GetTicketByIdHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetTicketByIdSpec: OperationSpec = {
  id: 'getTicketById',
  method: 'get',
  path: '/tickets/{ticket_id}',
  inPath: ['ticket_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Get a ticket
 *
 * Returns a ticket with its chat, the message it was raised from and any attached messages.
 *
 * `GET /tickets/{ticket_id}`
 *
 * The same call as `client.tickets.getTicketById()`, importable alone.
 */
export function getTicketById(client: PeriskopeApiCore, args: GetTicketByIdArgs, options?: RequestOptions): ResponsePromise<GetTicketByIdResult, GetTicketByIdHeaders> {
  return client.transport.call(GetTicketByIdSpec, args, options) as ResponsePromise<GetTicketByIdResult, GetTicketByIdHeaders>;
}

/** openapi-typescript's type of PATCH /tickets/{ticket_id}. */
export type UpdateTicketOperation = paths['/tickets/{ticket_id}']['patch'];
/** Arguments of `tickets.updateTicket`. */
export type UpdateTicketArgs = UpdateTicketOperation['parameters']['path'] & NonNullable<UpdateTicketOperation['requestBody']>['content']['application/json'];
/** What `tickets.updateTicket` resolves to. */
export type UpdateTicketResult = UpdateTicketOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `tickets.updateTicket`, thrown as `ApiError`. */
export type UpdateTicketError = never;
/** Documented headers of `tickets.updateTicket`'s success response, from `.withResponse()`. */
export type UpdateTicketHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const UpdateTicketSpec: OperationSpec = {
  id: 'updateTicket',
  method: 'patch',
  path: '/tickets/{ticket_id}',
  inPath: ['ticket_id'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Update a ticket
 *
 * Changes the subject, status, priority, assignee, due date or labels of a ticket. Send at least one field.
 *
 * `PATCH /tickets/{ticket_id}`
 *
 * The same call as `client.tickets.updateTicket()`, importable alone.
 */
export function updateTicket(client: PeriskopeApiCore, args: UpdateTicketArgs, options?: RequestOptions): ResponsePromise<UpdateTicketResult, UpdateTicketHeaders> {
  return client.transport.call(UpdateTicketSpec, args, options) as ResponsePromise<UpdateTicketResult, UpdateTicketHeaders>;
}

/** Operations tagged `tickets`. */
export class TicketsApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.tickets`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * List tickets
   *
   * Returns tickets one page at a time.
   *
   * `GET /tickets`
   */
  getTickets(args: GetTicketsArgs = {}, options?: RequestOptions): ResponsePromise<GetTicketsResult, GetTicketsHeaders> {
    return getTickets(this, args, options);
  }

  /**
   * Every page of `getTickets`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getTicketsPages(args: GetTicketsArgs = {}, options?: RequestOptions): AsyncGenerator<GetTicketsResult, void, undefined> {
    return getTicketsPages(this, args, options);
  }

  /**
   * Every item of every page of `getTickets`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getTicketsItems(args: GetTicketsArgs = {}, options?: RequestOptions): AsyncGenerator<GetTicketsItem, void, undefined> {
    return getTicketsItems(this, args, options);
  }

  /**
   * Create a ticket
   *
   * Opens a ticket on a chat, optionally tied to the message it is about.
   *
   * `POST /tickets/create`
   */
  createTicket(args: CreateTicketArgs, options?: RequestOptions): ResponsePromise<CreateTicketResult, CreateTicketHeaders> {
    return createTicket(this, args, options);
  }

  /**
   * Get a ticket
   *
   * Returns a ticket with its chat, the message it was raised from and any attached messages.
   *
   * `GET /tickets/{ticket_id}`
   */
  getTicketById(args: GetTicketByIdArgs, options?: RequestOptions): ResponsePromise<GetTicketByIdResult, GetTicketByIdHeaders> {
    return getTicketById(this, args, options);
  }

  /**
   * Update a ticket
   *
   * Changes the subject, status, priority, assignee, due date or labels of a ticket. Send at least one field.
   *
   * `PATCH /tickets/{ticket_id}`
   */
  updateTicket(args: UpdateTicketArgs, options?: RequestOptions): ResponsePromise<UpdateTicketResult, UpdateTicketHeaders> {
    return updateTicket(this, args, options);
  }
}

// PhonesApi (client.phones): 9 operations.
/** openapi-typescript's type of GET /phones/all. */
export type GetAllPhonesOperation = paths['/phones/all']['get'];
/** Arguments of `phones.getAllPhones`. */
export type GetAllPhonesArgs = Record<string, never>;
/** What `phones.getAllPhones` resolves to. */
export type GetAllPhonesResult = GetAllPhonesOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `phones.getAllPhones`, thrown as `ApiError`. */
export type GetAllPhonesError = never;
/** Documented headers of `phones.getAllPhones`'s success response, from `.withResponse()`. */
export type GetAllPhonesHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetAllPhonesSpec: OperationSpec = {
  id: 'getAllPhones',
  method: 'get',
  path: '/phones/all',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * List phones
 *
 * Returns every WhatsApp number connected to the organisation.
 *
 * `GET /phones/all`
 *
 * The same call as `client.phones.getAllPhones()`, importable alone.
 */
export function getAllPhones(client: PeriskopeApiCore, args: GetAllPhonesArgs = {}, options?: RequestOptions): ResponsePromise<GetAllPhonesResult, GetAllPhonesHeaders> {
  return client.transport.call(GetAllPhonesSpec, args, options) as ResponsePromise<GetAllPhonesResult, GetAllPhonesHeaders>;
}

/** openapi-typescript's type of GET /phones. */
export type GetPhoneOperation = paths['/phones']['get'];
/** Arguments of `phones.getPhone`. */
export type GetPhoneArgs = NonNullable<GetPhoneOperation['parameters']['header']>;
/** What `phones.getPhone` resolves to. */
export type GetPhoneResult = GetPhoneOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `phones.getPhone`, thrown as `ApiError`. */
export type GetPhoneError = ApiErrorOf<'getPhone', 422, GetPhoneOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `phones.getPhone`'s success response, from `.withResponse()`. */
export type GetPhoneHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetPhoneSpec: OperationSpec = {
  id: 'getPhone',
  method: 'get',
  path: '/phones',
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Get a phone
 *
 * Returns the phone picked by the x-phone header. Without the header the call fails with 422.
 *
 * `GET /phones`
 * @throws {GetPhoneError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.phones.getPhone()`, importable alone.
 */
export function getPhone(client: PeriskopeApiCore, args: GetPhoneArgs = {}, options?: RequestOptions): ResponsePromise<GetPhoneResult, GetPhoneHeaders> {
  return client.transport.call(GetPhoneSpec, args, options) as ResponsePromise<GetPhoneResult, GetPhoneHeaders>;
}

/** openapi-typescript's type of GET /phones/qr. */
export type GetQrOperation = paths['/phones/qr']['get'];
/** Arguments of `phones.getQr`. */
export type GetQrArgs = NonNullable<GetQrOperation['parameters']['header']>;
/** What `phones.getQr` resolves to. */
export type GetQrResult = GetQrOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `phones.getQr`, thrown as `ApiError`. */
export type GetQrError = never;
/** Documented headers of `phones.getQr`'s success response, from `.withResponse()`. */
export type GetQrHeaders = Record<never, never>;
const GetQrSpec: OperationSpec = {
  id: 'getQr',
  method: 'get',
  path: '/phones/qr',
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
};

/**
 * Get the login QR code
 *
 * Returns the QR payload to scan from WhatsApp while the phone is disconnected. Reset the phone if no QR is available.
 *
 * `GET /phones/qr`
 *
 * The same call as `client.phones.getQr()`, importable alone.
 */
export function getQr(client: PeriskopeApiCore, args: GetQrArgs = {}, options?: RequestOptions): ResponsePromise<GetQrResult, GetQrHeaders> {
  return client.transport.call(GetQrSpec, args, options) as ResponsePromise<GetQrResult, GetQrHeaders>;
}

/** openapi-typescript's type of PATCH /phones/update. */
export type UpdatePhoneOperation = paths['/phones/update']['patch'];
/** Arguments of `phones.updatePhone`. */
export type UpdatePhoneArgs = NonNullable<UpdatePhoneOperation['parameters']['header']> & NonNullable<UpdatePhoneOperation['requestBody']>['content']['application/json'];
/** What `phones.updatePhone` resolves to. */
export type UpdatePhoneResult = UpdatePhoneOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `phones.updatePhone`, thrown as `ApiError`. */
export type UpdatePhoneError = ApiErrorOf<'updatePhone', 422, UpdatePhoneOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `phones.updatePhone`'s success response, from `.withResponse()`. */
export type UpdatePhoneHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const UpdatePhoneSpec: OperationSpec = {
  id: 'updatePhone',
  method: 'patch',
  path: '/phones/update',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Update a phone
 *
 * Renames the phone on WhatsApp, changes its picture or sets its labels. Phones on the WhatsApp Business app cannot be renamed. Send at least one field.
 *
 * `PATCH /phones/update`
 * @throws {UpdatePhoneError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.phones.updatePhone()`, importable alone.
 */
export function updatePhone(client: PeriskopeApiCore, args: UpdatePhoneArgs = {}, options?: RequestOptions): ResponsePromise<UpdatePhoneResult, UpdatePhoneHeaders> {
  return client.transport.call(UpdatePhoneSpec, args, options) as ResponsePromise<UpdatePhoneResult, UpdatePhoneHeaders>;
}

/** openapi-typescript's type of POST /phones/resync. */
export type ResyncPhoneOperation = paths['/phones/resync']['post'];
/** Arguments of `phones.resyncPhone`. */
export type ResyncPhoneArgs = NonNullable<ResyncPhoneOperation['parameters']['header']>;
/** What `phones.resyncPhone` resolves to. */
export type ResyncPhoneResult = void;
/** Documented error responses of `phones.resyncPhone`, thrown as `ApiError`. */
export type ResyncPhoneError = never;
/** Documented headers of `phones.resyncPhone`'s success response, from `.withResponse()`. */
export type ResyncPhoneHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const ResyncPhoneSpec: OperationSpec = {
  id: 'resyncPhone',
  method: 'post',
  path: '/phones/resync',
  inHeader: ['x-phone'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Resync a phone
 *
 * Starts a full re-synchronisation of chats and messages between the phone and Periskope.
 *
 * `POST /phones/resync`
 *
 * The same call as `client.phones.resyncPhone()`, importable alone.
 */
export function resyncPhone(client: PeriskopeApiCore, args: ResyncPhoneArgs = {}, options?: RequestOptions): ResponsePromise<ResyncPhoneResult, ResyncPhoneHeaders> {
  return client.transport.call(ResyncPhoneSpec, args, options) as ResponsePromise<ResyncPhoneResult, ResyncPhoneHeaders>;
}

/** openapi-typescript's type of POST /phones/restart. */
export type RestartPhoneOperation = paths['/phones/restart']['post'];
/** Arguments of `phones.restartPhone`. */
export type RestartPhoneArgs = NonNullable<RestartPhoneOperation['parameters']['header']>;
/** What `phones.restartPhone` resolves to. */
export type RestartPhoneResult = void;
/** Documented error responses of `phones.restartPhone`, thrown as `ApiError`. */
export type RestartPhoneError = never;
/** Documented headers of `phones.restartPhone`'s success response, from `.withResponse()`. */
export type RestartPhoneHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const RestartPhoneSpec: OperationSpec = {
  id: 'restartPhone',
  method: 'post',
  path: '/phones/restart',
  inHeader: ['x-phone'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Restart a phone
 *
 * Restarts the phone's session on the server; useful when the session is not open.
 *
 * `POST /phones/restart`
 *
 * The same call as `client.phones.restartPhone()`, importable alone.
 */
export function restartPhone(client: PeriskopeApiCore, args: RestartPhoneArgs = {}, options?: RequestOptions): ResponsePromise<RestartPhoneResult, RestartPhoneHeaders> {
  return client.transport.call(RestartPhoneSpec, args, options) as ResponsePromise<RestartPhoneResult, RestartPhoneHeaders>;
}

/** openapi-typescript's type of POST /phones/reset. */
export type ResetPhoneOperation = paths['/phones/reset']['post'];
/** Arguments of `phones.resetPhone`. */
export type ResetPhoneArgs = NonNullable<ResetPhoneOperation['parameters']['header']>;
/** What `phones.resetPhone` resolves to. */
export type ResetPhoneResult = void;
/** Documented error responses of `phones.resetPhone`, thrown as `ApiError`. */
export type ResetPhoneError = never;
/** Documented headers of `phones.resetPhone`'s success response, from `.withResponse()`. */
export type ResetPhoneHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const ResetPhoneSpec: OperationSpec = {
  id: 'resetPhone',
  method: 'post',
  path: '/phones/reset',
  inHeader: ['x-phone'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Reset a phone
 *
 * Logs the phone out so that a new QR code has to be scanned.
 *
 * `POST /phones/reset`
 *
 * The same call as `client.phones.resetPhone()`, importable alone.
 */
export function resetPhone(client: PeriskopeApiCore, args: ResetPhoneArgs = {}, options?: RequestOptions): ResponsePromise<ResetPhoneResult, ResetPhoneHeaders> {
  return client.transport.call(ResetPhoneSpec, args, options) as ResponsePromise<ResetPhoneResult, ResetPhoneHeaders>;
}

/** openapi-typescript's type of POST /phones/create. */
export type CreatePhoneOperation = paths['/phones/create']['post'];
/** Arguments of `phones.createPhone`. */
export type CreatePhoneArgs = Record<string, never>;
/** What `phones.createPhone` resolves to. */
export type CreatePhoneResult = CreatePhoneOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `phones.createPhone`, thrown as `ApiError`. */
export type CreatePhoneError = never;
/** Documented headers of `phones.createPhone`'s success response, from `.withResponse()`. */
export type CreatePhoneHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const CreatePhoneSpec: OperationSpec = {
  id: 'createPhone',
  method: 'post',
  path: '/phones/create',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Create a phone slot
 *
 * Adds a new, not yet connected phone slot to the organisation.
 *
 * `POST /phones/create`
 *
 * The same call as `client.phones.createPhone()`, importable alone.
 */
export function createPhone(client: PeriskopeApiCore, args: CreatePhoneArgs = {}, options?: RequestOptions): ResponsePromise<CreatePhoneResult, CreatePhoneHeaders> {
  return client.transport.call(CreatePhoneSpec, args, options) as ResponsePromise<CreatePhoneResult, CreatePhoneHeaders>;
}

/** openapi-typescript's type of DELETE /phones/delete. */
export type DeletePhoneOperation = paths['/phones/delete']['delete'];
/** Arguments of `phones.deletePhone`. */
export type DeletePhoneArgs = NonNullable<DeletePhoneOperation['parameters']['header']>;
/** What `phones.deletePhone` resolves to. */
export type DeletePhoneResult = void;
/** Documented error responses of `phones.deletePhone`, thrown as `ApiError`. */
export type DeletePhoneError = never;
/** Documented headers of `phones.deletePhone`'s success response, from `.withResponse()`. */
export type DeletePhoneHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const DeletePhoneSpec: OperationSpec = {
  id: 'deletePhone',
  method: 'delete',
  path: '/phones/delete',
  inHeader: ['x-phone'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Delete a phone
 *
 * Removes the phone picked by the x-phone header from the organisation.
 *
 * `DELETE /phones/delete`
 *
 * The same call as `client.phones.deletePhone()`, importable alone.
 */
export function deletePhone(client: PeriskopeApiCore, args: DeletePhoneArgs = {}, options?: RequestOptions): ResponsePromise<DeletePhoneResult, DeletePhoneHeaders> {
  return client.transport.call(DeletePhoneSpec, args, options) as ResponsePromise<DeletePhoneResult, DeletePhoneHeaders>;
}

/** Operations tagged `phones`. */
export class PhonesApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.phones`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * List phones
   *
   * Returns every WhatsApp number connected to the organisation.
   *
   * `GET /phones/all`
   */
  getAllPhones(args: GetAllPhonesArgs = {}, options?: RequestOptions): ResponsePromise<GetAllPhonesResult, GetAllPhonesHeaders> {
    return getAllPhones(this, args, options);
  }

  /**
   * Get a phone
   *
   * Returns the phone picked by the x-phone header. Without the header the call fails with 422.
   *
   * `GET /phones`
   * @throws {GetPhoneError} for a documented error status (as `ApiError`).
   */
  getPhone(args: GetPhoneArgs = {}, options?: RequestOptions): ResponsePromise<GetPhoneResult, GetPhoneHeaders> {
    return getPhone(this, args, options);
  }

  /**
   * Get the login QR code
   *
   * Returns the QR payload to scan from WhatsApp while the phone is disconnected. Reset the phone if no QR is available.
   *
   * `GET /phones/qr`
   */
  getQr(args: GetQrArgs = {}, options?: RequestOptions): ResponsePromise<GetQrResult, GetQrHeaders> {
    return getQr(this, args, options);
  }

  /**
   * Update a phone
   *
   * Renames the phone on WhatsApp, changes its picture or sets its labels. Phones on the WhatsApp Business app cannot be renamed. Send at least one field.
   *
   * `PATCH /phones/update`
   * @throws {UpdatePhoneError} for a documented error status (as `ApiError`).
   */
  updatePhone(args: UpdatePhoneArgs = {}, options?: RequestOptions): ResponsePromise<UpdatePhoneResult, UpdatePhoneHeaders> {
    return updatePhone(this, args, options);
  }

  /**
   * Resync a phone
   *
   * Starts a full re-synchronisation of chats and messages between the phone and Periskope.
   *
   * `POST /phones/resync`
   */
  resyncPhone(args: ResyncPhoneArgs = {}, options?: RequestOptions): ResponsePromise<ResyncPhoneResult, ResyncPhoneHeaders> {
    return resyncPhone(this, args, options);
  }

  /**
   * Restart a phone
   *
   * Restarts the phone's session on the server; useful when the session is not open.
   *
   * `POST /phones/restart`
   */
  restartPhone(args: RestartPhoneArgs = {}, options?: RequestOptions): ResponsePromise<RestartPhoneResult, RestartPhoneHeaders> {
    return restartPhone(this, args, options);
  }

  /**
   * Reset a phone
   *
   * Logs the phone out so that a new QR code has to be scanned.
   *
   * `POST /phones/reset`
   */
  resetPhone(args: ResetPhoneArgs = {}, options?: RequestOptions): ResponsePromise<ResetPhoneResult, ResetPhoneHeaders> {
    return resetPhone(this, args, options);
  }

  /**
   * Create a phone slot
   *
   * Adds a new, not yet connected phone slot to the organisation.
   *
   * `POST /phones/create`
   */
  createPhone(args: CreatePhoneArgs = {}, options?: RequestOptions): ResponsePromise<CreatePhoneResult, CreatePhoneHeaders> {
    return createPhone(this, args, options);
  }

  /**
   * Delete a phone
   *
   * Removes the phone picked by the x-phone header from the organisation.
   *
   * `DELETE /phones/delete`
   */
  deletePhone(args: DeletePhoneArgs = {}, options?: RequestOptions): ResponsePromise<DeletePhoneResult, DeletePhoneHeaders> {
    return deletePhone(this, args, options);
  }
}

// MessageApi (client.message): 10 operations.
/** openapi-typescript's type of POST /message/send. */
export type SendMessageOperation = paths['/message/send']['post'];
/** Arguments of `message.sendMessage`. */
export type SendMessageArgs = NonNullable<SendMessageOperation['parameters']['header']> & NonNullable<SendMessageOperation['requestBody']>['content']['application/json'];
/** What `message.sendMessage` resolves to. */
export type SendMessageResult = SendMessageOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `message.sendMessage`, thrown as `ApiError`. */
export type SendMessageError = never;
/** Documented headers of `message.sendMessage`'s success response, from `.withResponse()`. */
export type SendMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const SendMessageSpec: OperationSpec = {
  id: 'sendMessage',
  method: 'post',
  path: '/message/send',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Send a message
 *
 * Queues a text, media, reply or poll message for one chat. Sending to a new number opens the chat.
 *
 * `POST /message/send`
 *
 * The same call as `client.message.sendMessage()`, importable alone.
 */
export function sendMessage(client: PeriskopeApiCore, args: SendMessageArgs, options?: RequestOptions): ResponsePromise<SendMessageResult, SendMessageHeaders> {
  return client.transport.call(SendMessageSpec, args, options) as ResponsePromise<SendMessageResult, SendMessageHeaders>;
}

/** openapi-typescript's type of POST /message/broadcast. */
export type BroadcastMessageOperation = paths['/message/broadcast']['post'];
/** Arguments of `message.broadcastMessage`. */
export type BroadcastMessageArgs = NonNullable<BroadcastMessageOperation['parameters']['header']> & NonNullable<BroadcastMessageOperation['requestBody']>['content']['application/json'];
/** What `message.broadcastMessage` resolves to. */
export type BroadcastMessageResult = BroadcastMessageOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `message.broadcastMessage`, thrown as `ApiError`. */
export type BroadcastMessageError = never;
/** Documented headers of `message.broadcastMessage`'s success response, from `.withResponse()`. */
export type BroadcastMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const BroadcastMessageSpec: OperationSpec = {
  id: 'broadcastMessage',
  method: 'post',
  path: '/message/broadcast',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Broadcast a message
 *
 * Queues one message for many chats, now or at a scheduled time. Per-chat variables can fill a template in the text.
 *
 * `POST /message/broadcast`
 *
 * The same call as `client.message.broadcastMessage()`, importable alone.
 */
export function broadcastMessage(client: PeriskopeApiCore, args: BroadcastMessageArgs, options?: RequestOptions): ResponsePromise<BroadcastMessageResult, BroadcastMessageHeaders> {
  return client.transport.call(BroadcastMessageSpec, args, options) as ResponsePromise<BroadcastMessageResult, BroadcastMessageHeaders>;
}

/** openapi-typescript's type of GET /message/{message_id}. */
export type GetMessageOperation = paths['/message/{message_id}']['get'];
/** Arguments of `message.getMessage`. */
export type GetMessageArgs = GetMessageOperation['parameters']['path'] & NonNullable<GetMessageOperation['parameters']['header']>;
/** What `message.getMessage` resolves to. */
export type GetMessageResult = GetMessageOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `message.getMessage`, thrown as `ApiError`. */
export type GetMessageError = never;
/** Documented headers of `message.getMessage`'s success response, from `.withResponse()`. */
export type GetMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetMessageSpec: OperationSpec = {
  id: 'getMessage',
  method: 'get',
  path: '/message/{message_id}',
  inPath: ['message_id'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Get a message
 *
 * Returns one message by message id or queue id. A message still waiting in the queue is not found by its queue id yet.
 *
 * `GET /message/{message_id}`
 *
 * The same call as `client.message.getMessage()`, importable alone.
 */
export function getMessage(client: PeriskopeApiCore, args: GetMessageArgs, options?: RequestOptions): ResponsePromise<GetMessageResult, GetMessageHeaders> {
  return client.transport.call(GetMessageSpec, args, options) as ResponsePromise<GetMessageResult, GetMessageHeaders>;
}

/** openapi-typescript's type of POST /message/{message_id}/edit. */
export type EditMessageOperation = paths['/message/{message_id}/edit']['post'];
/** Arguments of `message.editMessage`. */
export type EditMessageArgs = EditMessageOperation['parameters']['path'] & NonNullable<EditMessageOperation['parameters']['header']> & NonNullable<EditMessageOperation['requestBody']>['content']['application/json'];
/** What `message.editMessage` resolves to. */
export type EditMessageResult = void;
/** Documented error responses of `message.editMessage`, thrown as `ApiError`. */
export type EditMessageError = never;
/** Documented headers of `message.editMessage`'s success response, from `.withResponse()`. */
export type EditMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const EditMessageSpec: OperationSpec = {
  id: 'editMessage',
  method: 'post',
  path: '/message/{message_id}/edit',
  inPath: ['message_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Edit a message
 *
 * Replaces the text of a message the phone sent a short while ago.
 *
 * `POST /message/{message_id}/edit`
 *
 * The same call as `client.message.editMessage()`, importable alone.
 */
export function editMessage(client: PeriskopeApiCore, args: EditMessageArgs, options?: RequestOptions): ResponsePromise<EditMessageResult, EditMessageHeaders> {
  return client.transport.call(EditMessageSpec, args, options) as ResponsePromise<EditMessageResult, EditMessageHeaders>;
}

/** openapi-typescript's type of POST /message/{message_id}/forward. */
export type ForwardMessageOperation = paths['/message/{message_id}/forward']['post'];
/** Arguments of `message.forwardMessage`. */
export type ForwardMessageArgs = ForwardMessageOperation['parameters']['path'] & NonNullable<ForwardMessageOperation['parameters']['header']> & NonNullable<ForwardMessageOperation['requestBody']>['content']['application/json'];
/** What `message.forwardMessage` resolves to. */
export type ForwardMessageResult = void;
/** Documented error responses of `message.forwardMessage`, thrown as `ApiError`. */
export type ForwardMessageError = never;
/** Documented headers of `message.forwardMessage`'s success response, from `.withResponse()`. */
export type ForwardMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const ForwardMessageSpec: OperationSpec = {
  id: 'forwardMessage',
  method: 'post',
  path: '/message/{message_id}/forward',
  inPath: ['message_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Forward a message
 *
 * Forwards an existing message to other chats.
 *
 * `POST /message/{message_id}/forward`
 *
 * The same call as `client.message.forwardMessage()`, importable alone.
 */
export function forwardMessage(client: PeriskopeApiCore, args: ForwardMessageArgs, options?: RequestOptions): ResponsePromise<ForwardMessageResult, ForwardMessageHeaders> {
  return client.transport.call(ForwardMessageSpec, args, options) as ResponsePromise<ForwardMessageResult, ForwardMessageHeaders>;
}

/** openapi-typescript's type of POST /message/{message_id}/delete. */
export type DeleteMessageOperation = paths['/message/{message_id}/delete']['post'];
/** Arguments of `message.deleteMessage`. */
export type DeleteMessageArgs = DeleteMessageOperation['parameters']['path'] & NonNullable<DeleteMessageOperation['parameters']['header']>;
/** What `message.deleteMessage` resolves to. */
export type DeleteMessageResult = void;
/** Documented error responses of `message.deleteMessage`, thrown as `ApiError`. */
export type DeleteMessageError = never;
/** Documented headers of `message.deleteMessage`'s success response, from `.withResponse()`. */
export type DeleteMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const DeleteMessageSpec: OperationSpec = {
  id: 'deleteMessage',
  method: 'post',
  path: '/message/{message_id}/delete',
  inPath: ['message_id'],
  inHeader: ['x-phone'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Delete a message
 *
 * Deletes a message, found by message id or queue id.
 *
 * `POST /message/{message_id}/delete`
 *
 * The same call as `client.message.deleteMessage()`, importable alone.
 */
export function deleteMessage(client: PeriskopeApiCore, args: DeleteMessageArgs, options?: RequestOptions): ResponsePromise<DeleteMessageResult, DeleteMessageHeaders> {
  return client.transport.call(DeleteMessageSpec, args, options) as ResponsePromise<DeleteMessageResult, DeleteMessageHeaders>;
}

/** openapi-typescript's type of POST /message/{message_id}/react. */
export type ReactToMessageOperation = paths['/message/{message_id}/react']['post'];
/** Arguments of `message.reactToMessage`. */
export type ReactToMessageArgs = ReactToMessageOperation['parameters']['path'] & NonNullable<ReactToMessageOperation['parameters']['header']> & NonNullable<ReactToMessageOperation['requestBody']>['content']['application/json'];
/** What `message.reactToMessage` resolves to. */
export type ReactToMessageResult = void;
/** Documented error responses of `message.reactToMessage`, thrown as `ApiError`. */
export type ReactToMessageError = never;
/** Documented headers of `message.reactToMessage`'s success response, from `.withResponse()`. */
export type ReactToMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const ReactToMessageSpec: OperationSpec = {
  id: 'reactToMessage',
  method: 'post',
  path: '/message/{message_id}/react',
  inPath: ['message_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * React to a message
 *
 * Puts an emoji reaction on a message.
 *
 * `POST /message/{message_id}/react`
 *
 * The same call as `client.message.reactToMessage()`, importable alone.
 */
export function reactToMessage(client: PeriskopeApiCore, args: ReactToMessageArgs, options?: RequestOptions): ResponsePromise<ReactToMessageResult, ReactToMessageHeaders> {
  return client.transport.call(ReactToMessageSpec, args, options) as ResponsePromise<ReactToMessageResult, ReactToMessageHeaders>;
}

/** openapi-typescript's type of POST /message/{message_id}/pin. */
export type PinMessageOperation = paths['/message/{message_id}/pin']['post'];
/** Arguments of `message.pinMessage`. */
export type PinMessageArgs = PinMessageOperation['parameters']['path'] & NonNullable<PinMessageOperation['parameters']['header']> & NonNullable<PinMessageOperation['requestBody']>['content']['application/json'];
/** What `message.pinMessage` resolves to. */
export type PinMessageResult = void;
/** Documented error responses of `message.pinMessage`, thrown as `ApiError`. */
export type PinMessageError = never;
/** Documented headers of `message.pinMessage`'s success response, from `.withResponse()`. */
export type PinMessageHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const PinMessageSpec: OperationSpec = {
  id: 'pinMessage',
  method: 'post',
  path: '/message/{message_id}/pin',
  inPath: ['message_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Pin or unpin a message
 *
 * Pins a message in its chat, or unpins it.
 *
 * `POST /message/{message_id}/pin`
 *
 * The same call as `client.message.pinMessage()`, importable alone.
 */
export function pinMessage(client: PeriskopeApiCore, args: PinMessageArgs, options?: RequestOptions): ResponsePromise<PinMessageResult, PinMessageHeaders> {
  return client.transport.call(PinMessageSpec, args, options) as ResponsePromise<PinMessageResult, PinMessageHeaders>;
}

/** openapi-typescript's type of DELETE /message/broadcast/{broadcast_id}. */
export type CancelBroadcastOperation = paths['/message/broadcast/{broadcast_id}']['delete'];
/** Arguments of `message.cancelBroadcast`. */
export type CancelBroadcastArgs = CancelBroadcastOperation['parameters']['path'];
/** What `message.cancelBroadcast` resolves to. */
export type CancelBroadcastResult = CancelBroadcastOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `message.cancelBroadcast`, thrown as `ApiError`. */
export type CancelBroadcastError = ApiErrorOf<'cancelBroadcast', 404, undefined> | ApiErrorOf<'cancelBroadcast', 409, CancelBroadcastOperation['responses'][409]['content']['application/json'] | undefined>;
/** Documented headers of `message.cancelBroadcast`'s success response, from `.withResponse()`. */
export type CancelBroadcastHeaders = Record<never, never>;
const CancelBroadcastSpec: OperationSpec = {
  id: 'cancelBroadcast',
  method: 'delete',
  path: '/message/broadcast/{broadcast_id}',
  inPath: ['broadcast_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['404', '409'],
};

/**
 * Delete a  Broadcast
 *
 * This endpoint is used to delete or stop a broadcast.
 *
 * - If the broadcast hasn't started yet, it will be deleted and the credits for this broadcast won't be charged.
 * - If it's currently sending, it will stop immediately. Any messages that haven't been sent yet will be cancelled, and the credits for them will be refunded.
 *
 * `DELETE /message/broadcast/{broadcast_id}`
 * @throws {CancelBroadcastError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.message.cancelBroadcast()`, importable alone.
 */
export function cancelBroadcast(client: PeriskopeApiCore, args: CancelBroadcastArgs, options?: RequestOptions): ResponsePromise<CancelBroadcastResult, CancelBroadcastHeaders> {
  return client.transport.call(CancelBroadcastSpec, args, options) as ResponsePromise<CancelBroadcastResult, CancelBroadcastHeaders>;
}

/** openapi-typescript's type of GET /message/{unique_id}/status. */
export type GetMessageStatusOperation = paths['/message/{unique_id}/status']['get'];
/** Arguments of `message.getMessageStatus`. */
export type GetMessageStatusArgs = GetMessageStatusOperation['parameters']['path'] & NonNullable<GetMessageStatusOperation['parameters']['header']>;
/** What `message.getMessageStatus` resolves to. */
export type GetMessageStatusResult = GetMessageStatusOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `message.getMessageStatus`, thrown as `ApiError`. */
export type GetMessageStatusError = never;
/** Documented headers of `message.getMessageStatus`'s success response, from `.withResponse()`. */
export type GetMessageStatusHeaders = Record<never, never>;
const GetMessageStatusSpec: OperationSpec = {
  id: 'getMessageStatus',
  method: 'get',
  path: '/message/{unique_id}/status',
  inPath: ['unique_id'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
};

/**
 * Get the delivery status of a message
 *
 * Reports where a sent message is: queued, sent, delivered, read or failed. Use the unique_id returned by send or broadcast.
 *
 * `GET /message/{unique_id}/status`
 *
 * The same call as `client.message.getMessageStatus()`, importable alone.
 */
export function getMessageStatus(client: PeriskopeApiCore, args: GetMessageStatusArgs, options?: RequestOptions): ResponsePromise<GetMessageStatusResult, GetMessageStatusHeaders> {
  return client.transport.call(GetMessageStatusSpec, args, options) as ResponsePromise<GetMessageStatusResult, GetMessageStatusHeaders>;
}

/** Operations tagged `message`. */
export class MessageApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.message`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * Send a message
   *
   * Queues a text, media, reply or poll message for one chat. Sending to a new number opens the chat.
   *
   * `POST /message/send`
   */
  sendMessage(args: SendMessageArgs, options?: RequestOptions): ResponsePromise<SendMessageResult, SendMessageHeaders> {
    return sendMessage(this, args, options);
  }

  /**
   * Broadcast a message
   *
   * Queues one message for many chats, now or at a scheduled time. Per-chat variables can fill a template in the text.
   *
   * `POST /message/broadcast`
   */
  broadcastMessage(args: BroadcastMessageArgs, options?: RequestOptions): ResponsePromise<BroadcastMessageResult, BroadcastMessageHeaders> {
    return broadcastMessage(this, args, options);
  }

  /**
   * Get a message
   *
   * Returns one message by message id or queue id. A message still waiting in the queue is not found by its queue id yet.
   *
   * `GET /message/{message_id}`
   */
  getMessage(args: GetMessageArgs, options?: RequestOptions): ResponsePromise<GetMessageResult, GetMessageHeaders> {
    return getMessage(this, args, options);
  }

  /**
   * Edit a message
   *
   * Replaces the text of a message the phone sent a short while ago.
   *
   * `POST /message/{message_id}/edit`
   */
  editMessage(args: EditMessageArgs, options?: RequestOptions): ResponsePromise<EditMessageResult, EditMessageHeaders> {
    return editMessage(this, args, options);
  }

  /**
   * Forward a message
   *
   * Forwards an existing message to other chats.
   *
   * `POST /message/{message_id}/forward`
   */
  forwardMessage(args: ForwardMessageArgs, options?: RequestOptions): ResponsePromise<ForwardMessageResult, ForwardMessageHeaders> {
    return forwardMessage(this, args, options);
  }

  /**
   * Delete a message
   *
   * Deletes a message, found by message id or queue id.
   *
   * `POST /message/{message_id}/delete`
   */
  deleteMessage(args: DeleteMessageArgs, options?: RequestOptions): ResponsePromise<DeleteMessageResult, DeleteMessageHeaders> {
    return deleteMessage(this, args, options);
  }

  /**
   * React to a message
   *
   * Puts an emoji reaction on a message.
   *
   * `POST /message/{message_id}/react`
   */
  reactToMessage(args: ReactToMessageArgs, options?: RequestOptions): ResponsePromise<ReactToMessageResult, ReactToMessageHeaders> {
    return reactToMessage(this, args, options);
  }

  /**
   * Pin or unpin a message
   *
   * Pins a message in its chat, or unpins it.
   *
   * `POST /message/{message_id}/pin`
   */
  pinMessage(args: PinMessageArgs, options?: RequestOptions): ResponsePromise<PinMessageResult, PinMessageHeaders> {
    return pinMessage(this, args, options);
  }

  /**
   * Delete a  Broadcast
   *
   * This endpoint is used to delete or stop a broadcast.
   *
   * - If the broadcast hasn't started yet, it will be deleted and the credits for this broadcast won't be charged.
   * - If it's currently sending, it will stop immediately. Any messages that haven't been sent yet will be cancelled, and the credits for them will be refunded.
   *
   * `DELETE /message/broadcast/{broadcast_id}`
   * @throws {CancelBroadcastError} for a documented error status (as `ApiError`).
   */
  cancelBroadcast(args: CancelBroadcastArgs, options?: RequestOptions): ResponsePromise<CancelBroadcastResult, CancelBroadcastHeaders> {
    return cancelBroadcast(this, args, options);
  }

  /**
   * Get the delivery status of a message
   *
   * Reports where a sent message is: queued, sent, delivered, read or failed. Use the unique_id returned by send or broadcast.
   *
   * `GET /message/{unique_id}/status`
   */
  getMessageStatus(args: GetMessageStatusArgs, options?: RequestOptions): ResponsePromise<GetMessageStatusResult, GetMessageStatusHeaders> {
    return getMessageStatus(this, args, options);
  }
}

// QueueApi (client.queue): 4 operations.
/** openapi-typescript's type of GET /queue. */
export type GetQueueStatusOperation = paths['/queue']['get'];
/** Arguments of `queue.getQueueStatus`. */
export type GetQueueStatusArgs = NonNullable<GetQueueStatusOperation['parameters']['header']>;
/** What `queue.getQueueStatus` resolves to. */
export type GetQueueStatusResult = GetQueueStatusOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `queue.getQueueStatus`, thrown as `ApiError`. */
export type GetQueueStatusError = never;
/** Documented headers of `queue.getQueueStatus`'s success response, from `.withResponse()`. */
export type GetQueueStatusHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetQueueStatusSpec: OperationSpec = {
  id: 'getQueueStatus',
  method: 'get',
  path: '/queue',
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Get queue status
 *
 * Summarises the phone's outgoing queue: whether it runs and how many jobs are active, pending, completed and failed (the last two over 24 hours).
 *
 * `GET /queue`
 *
 * The same call as `client.queue.getQueueStatus()`, importable alone.
 */
export function getQueueStatus(client: PeriskopeApiCore, args: GetQueueStatusArgs = {}, options?: RequestOptions): ResponsePromise<GetQueueStatusResult, GetQueueStatusHeaders> {
  return client.transport.call(GetQueueStatusSpec, args, options) as ResponsePromise<GetQueueStatusResult, GetQueueStatusHeaders>;
}

/** openapi-typescript's type of GET /queue/jobs. */
export type FetchQueueJobsOperation = paths['/queue/jobs']['get'];
/** Arguments of `queue.fetchQueueJobs`. */
export type FetchQueueJobsArgs = NonNullable<FetchQueueJobsOperation['parameters']['query']> & NonNullable<FetchQueueJobsOperation['parameters']['header']>;
/** What `queue.fetchQueueJobs` resolves to. */
export type FetchQueueJobsResult = FetchQueueJobsOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `queue.fetchQueueJobs`, thrown as `ApiError`. */
export type FetchQueueJobsError = never;
/** Documented headers of `queue.fetchQueueJobs`'s success response, from `.withResponse()`. */
export type FetchQueueJobsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const FetchQueueJobsSpec: OperationSpec = {
  id: 'fetchQueueJobs',
  method: 'get',
  path: '/queue/jobs',
  inQuery: ['queue_id', 'broadcast_id'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * List queue jobs
 *
 * Lists jobs of the outgoing queue, optionally only one job or the jobs of one broadcast.
 *
 * `GET /queue/jobs`
 *
 * The same call as `client.queue.fetchQueueJobs()`, importable alone.
 */
export function fetchQueueJobs(client: PeriskopeApiCore, args: FetchQueueJobsArgs = {}, options?: RequestOptions): ResponsePromise<FetchQueueJobsResult, FetchQueueJobsHeaders> {
  return client.transport.call(FetchQueueJobsSpec, args, options) as ResponsePromise<FetchQueueJobsResult, FetchQueueJobsHeaders>;
}

/** openapi-typescript's type of GET /queue/broadcast. */
export type GetBroadcastStatusOperation = paths['/queue/broadcast']['get'];
/** Arguments of `queue.getBroadcastStatus`. */
export type GetBroadcastStatusArgs = GetBroadcastStatusOperation['parameters']['query'] & NonNullable<GetBroadcastStatusOperation['parameters']['header']>;
/** What `queue.getBroadcastStatus` resolves to. */
export type GetBroadcastStatusResult = GetBroadcastStatusOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `queue.getBroadcastStatus`, thrown as `ApiError`. */
export type GetBroadcastStatusError = never;
/** Documented headers of `queue.getBroadcastStatus`'s success response, from `.withResponse()`. */
export type GetBroadcastStatusHeaders = Record<never, never>;
const GetBroadcastStatusSpec: OperationSpec = {
  id: 'getBroadcastStatus',
  method: 'get',
  path: '/queue/broadcast',
  inQuery: ['broadcast_id'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
};

/**
 * Get broadcast status
 *
 * Reports progress and delivery and read figures of one broadcast.
 *
 * `GET /queue/broadcast`
 *
 * The same call as `client.queue.getBroadcastStatus()`, importable alone.
 */
export function getBroadcastStatus(client: PeriskopeApiCore, args: GetBroadcastStatusArgs, options?: RequestOptions): ResponsePromise<GetBroadcastStatusResult, GetBroadcastStatusHeaders> {
  return client.transport.call(GetBroadcastStatusSpec, args, options) as ResponsePromise<GetBroadcastStatusResult, GetBroadcastStatusHeaders>;
}

/** openapi-typescript's type of DELETE /queue/purge. */
export type PurgeQueueOperation = paths['/queue/purge']['delete'];
/** Arguments of `queue.purgeQueue`. */
export type PurgeQueueArgs = NonNullable<PurgeQueueOperation['parameters']['query']> & NonNullable<PurgeQueueOperation['parameters']['header']>;
/** What `queue.purgeQueue` resolves to. */
export type PurgeQueueResult = void;
/** Documented error responses of `queue.purgeQueue`, thrown as `ApiError`. */
export type PurgeQueueError = never;
/** Documented headers of `queue.purgeQueue`'s success response, from `.withResponse()`. */
export type PurgeQueueHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const PurgeQueueSpec: OperationSpec = {
  id: 'purgeQueue',
  method: 'delete',
  path: '/queue/purge',
  inQuery: ['queue_id', 'broadcast_id'],
  inHeader: ['x-phone'],
  styles: [
    { in: 'query', name: 'queue_id', style: 'form', explode: true },
  ],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  wire: wire,
};

/**
 * Purge queued jobs
 *
 * Drops waiting jobs: the given jobs, all jobs of a broadcast, or every job when no filter is given.
 *
 * `DELETE /queue/purge`
 *
 * The same call as `client.queue.purgeQueue()`, importable alone.
 */
export function purgeQueue(client: PeriskopeApiCore, args: PurgeQueueArgs = {}, options?: RequestOptions): ResponsePromise<PurgeQueueResult, PurgeQueueHeaders> {
  return client.transport.call(PurgeQueueSpec, args, options) as ResponsePromise<PurgeQueueResult, PurgeQueueHeaders>;
}

/** Operations tagged `queue`. */
export class QueueApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.queue`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * Get queue status
   *
   * Summarises the phone's outgoing queue: whether it runs and how many jobs are active, pending, completed and failed (the last two over 24 hours).
   *
   * `GET /queue`
   */
  getQueueStatus(args: GetQueueStatusArgs = {}, options?: RequestOptions): ResponsePromise<GetQueueStatusResult, GetQueueStatusHeaders> {
    return getQueueStatus(this, args, options);
  }

  /**
   * List queue jobs
   *
   * Lists jobs of the outgoing queue, optionally only one job or the jobs of one broadcast.
   *
   * `GET /queue/jobs`
   */
  fetchQueueJobs(args: FetchQueueJobsArgs = {}, options?: RequestOptions): ResponsePromise<FetchQueueJobsResult, FetchQueueJobsHeaders> {
    return fetchQueueJobs(this, args, options);
  }

  /**
   * Get broadcast status
   *
   * Reports progress and delivery and read figures of one broadcast.
   *
   * `GET /queue/broadcast`
   */
  getBroadcastStatus(args: GetBroadcastStatusArgs, options?: RequestOptions): ResponsePromise<GetBroadcastStatusResult, GetBroadcastStatusHeaders> {
    return getBroadcastStatus(this, args, options);
  }

  /**
   * Purge queued jobs
   *
   * Drops waiting jobs: the given jobs, all jobs of a broadcast, or every job when no filter is given.
   *
   * `DELETE /queue/purge`
   */
  purgeQueue(args: PurgeQueueArgs = {}, options?: RequestOptions): ResponsePromise<PurgeQueueResult, PurgeQueueHeaders> {
    return purgeQueue(this, args, options);
  }
}

// ChatsApi (client.chats): 11 operations.
/** openapi-typescript's type of POST /chats/{chat_id}/read. */
export type MarkReadOperation = paths['/chats/{chat_id}/read']['post'];
/** Arguments of `chats.markRead`. */
export type MarkReadArgs = MarkReadOperation['parameters']['path'] & NonNullable<MarkReadOperation['parameters']['header']>;
/** What `chats.markRead` resolves to. */
export type MarkReadResult = void;
/** Documented error responses of `chats.markRead`, thrown as `ApiError`. */
export type MarkReadError = never;
/** Documented headers of `chats.markRead`'s success response, from `.withResponse()`. */
export type MarkReadHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const MarkReadSpec: OperationSpec = {
  id: 'markRead',
  method: 'post',
  path: '/chats/{chat_id}/read',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Mark a chat as read
 *
 * Marks every message of a chat as read.
 *
 * `POST /chats/{chat_id}/read`
 *
 * The same call as `client.chats.markRead()`, importable alone.
 */
export function markRead(client: PeriskopeApiCore, args: MarkReadArgs, options?: RequestOptions): ResponsePromise<MarkReadResult, MarkReadHeaders> {
  return client.transport.call(MarkReadSpec, args, options) as ResponsePromise<MarkReadResult, MarkReadHeaders>;
}

/** openapi-typescript's type of GET /chats. */
export type ListAllChatsOperation = paths['/chats']['get'];
/** Arguments of `chats.listAllChats`. */
export type ListAllChatsArgs = NonNullable<ListAllChatsOperation['parameters']['query']> & NonNullable<ListAllChatsOperation['parameters']['header']>;
/** What `chats.listAllChats` resolves to. */
export type ListAllChatsResult = ListAllChatsOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `chats.listAllChats`, thrown as `ApiError`. */
export type ListAllChatsError = ApiErrorOf<'listAllChats', 422, ListAllChatsOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.listAllChats`'s success response, from `.withResponse()`. */
export type ListAllChatsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const ListAllChatsSpec: OperationSpec = {
  id: 'listAllChats',
  method: 'get',
  path: '/chats',
  inQuery: ['offset', 'limit', 'start_time', 'end_time', 'chat_type', 'label'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};
/** One item of `chats.listAllChats`'s pages, as `listAllChatsItems()` yields them. */
export type ListAllChatsItem = NonNullable<ListAllChatsResult['chats']>[number];
const ListAllChatsPaging: Pagination = {
  style: 'offset',
  items: ['chats'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List chats
 *
 * Returns chats one page at a time, optionally filtered by chat type, label and time window.
 *
 * `GET /chats`
 * @throws {ListAllChatsError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.listAllChats()`, importable alone.
 */
export function listAllChats(client: PeriskopeApiCore, args: ListAllChatsArgs = {}, options?: RequestOptions): ResponsePromise<ListAllChatsResult, ListAllChatsHeaders> {
  return client.transport.call(ListAllChatsSpec, args, options) as ResponsePromise<ListAllChatsResult, ListAllChatsHeaders>;
}

/**
 * Every page of `listAllChats`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.chats.listAllChatsPages()`, importable alone.
 */
export function listAllChatsPages(client: PeriskopeApiCore, args: ListAllChatsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllChatsResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(ListAllChatsSpec, pageArgs, pageOptions), args, options, ListAllChatsPaging) as AsyncGenerator<ListAllChatsResult, void, undefined>;
}

/**
 * Every item of every page of `listAllChats`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.chats.listAllChatsItems()`, importable alone.
 */
export function listAllChatsItems(client: PeriskopeApiCore, args: ListAllChatsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllChatsItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(ListAllChatsSpec, pageArgs, pageOptions), args, options, ListAllChatsPaging) as AsyncGenerator<ListAllChatsItem, void, undefined>;
}

/** openapi-typescript's type of GET /chats/messages. */
export type ListAllMessagesOperation = paths['/chats/messages']['get'];
/** Arguments of `chats.listAllMessages`. */
export type ListAllMessagesArgs = NonNullable<ListAllMessagesOperation['parameters']['query']> & NonNullable<ListAllMessagesOperation['parameters']['header']>;
/** What `chats.listAllMessages` resolves to. */
export type ListAllMessagesResult = ListAllMessagesOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `chats.listAllMessages`, thrown as `ApiError`. */
export type ListAllMessagesError = ApiErrorOf<'listAllMessages', 422, ListAllMessagesOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.listAllMessages`'s success response, from `.withResponse()`. */
export type ListAllMessagesHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const ListAllMessagesSpec: OperationSpec = {
  id: 'listAllMessages',
  method: 'get',
  path: '/chats/messages',
  inQuery: ['offset', 'limit', 'start_time', 'end_time'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};
/** One item of `chats.listAllMessages`'s pages, as `listAllMessagesItems()` yields them. */
export type ListAllMessagesItem = NonNullable<ListAllMessagesResult['messages']>[number];
const ListAllMessagesPaging: Pagination = {
  style: 'offset',
  items: ['messages'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List messages of all chats
 *
 * Returns messages from every chat, newest first, one page at a time.
 *
 * `GET /chats/messages`
 * @throws {ListAllMessagesError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.listAllMessages()`, importable alone.
 */
export function listAllMessages(client: PeriskopeApiCore, args: ListAllMessagesArgs = {}, options?: RequestOptions): ResponsePromise<ListAllMessagesResult, ListAllMessagesHeaders> {
  return client.transport.call(ListAllMessagesSpec, args, options) as ResponsePromise<ListAllMessagesResult, ListAllMessagesHeaders>;
}

/**
 * Every page of `listAllMessages`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.chats.listAllMessagesPages()`, importable alone.
 */
export function listAllMessagesPages(client: PeriskopeApiCore, args: ListAllMessagesArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllMessagesResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(ListAllMessagesSpec, pageArgs, pageOptions), args, options, ListAllMessagesPaging) as AsyncGenerator<ListAllMessagesResult, void, undefined>;
}

/**
 * Every item of every page of `listAllMessages`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.chats.listAllMessagesItems()`, importable alone.
 */
export function listAllMessagesItems(client: PeriskopeApiCore, args: ListAllMessagesArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllMessagesItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(ListAllMessagesSpec, pageArgs, pageOptions), args, options, ListAllMessagesPaging) as AsyncGenerator<ListAllMessagesItem, void, undefined>;
}

/** openapi-typescript's type of GET /chats/notifications. */
export type ListAllNotificationsOperation = paths['/chats/notifications']['get'];
/** Arguments of `chats.listAllNotifications`. */
export type ListAllNotificationsArgs = NonNullable<ListAllNotificationsOperation['parameters']['query']> & NonNullable<ListAllNotificationsOperation['parameters']['header']>;
/** What `chats.listAllNotifications` resolves to. */
export type ListAllNotificationsResult = ListAllNotificationsOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `chats.listAllNotifications`, thrown as `ApiError`. */
export type ListAllNotificationsError = ApiErrorOf<'listAllNotifications', 422, ListAllNotificationsOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.listAllNotifications`'s success response, from `.withResponse()`. */
export type ListAllNotificationsHeaders = Record<never, never>;
const ListAllNotificationsSpec: OperationSpec = {
  id: 'listAllNotifications',
  method: 'get',
  path: '/chats/notifications',
  inQuery: ['offset', 'limit', 'start_time', 'end_time'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
};
/** One item of `chats.listAllNotifications`'s pages, as `listAllNotificationsItems()` yields them. */
export type ListAllNotificationsItem = NonNullable<ListAllNotificationsResult['messages']>[number];
const ListAllNotificationsPaging: Pagination = {
  style: 'offset',
  items: ['messages'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List notifications of all chats
 *
 * Returns chat events (such as participants added or removed) from every chat, newest first.
 *
 * `GET /chats/notifications`
 * @throws {ListAllNotificationsError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.listAllNotifications()`, importable alone.
 */
export function listAllNotifications(client: PeriskopeApiCore, args: ListAllNotificationsArgs = {}, options?: RequestOptions): ResponsePromise<ListAllNotificationsResult, ListAllNotificationsHeaders> {
  return client.transport.call(ListAllNotificationsSpec, args, options) as ResponsePromise<ListAllNotificationsResult, ListAllNotificationsHeaders>;
}

/**
 * Every page of `listAllNotifications`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
 *
 * The same call as `client.chats.listAllNotificationsPages()`, importable alone.
 */
export function listAllNotificationsPages(client: PeriskopeApiCore, args: ListAllNotificationsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllNotificationsResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(ListAllNotificationsSpec, pageArgs, pageOptions), args, options, ListAllNotificationsPaging) as AsyncGenerator<ListAllNotificationsResult, void, undefined>;
}

/**
 * Every item of every page of `listAllNotifications`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
 *
 * The same call as `client.chats.listAllNotificationsItems()`, importable alone.
 */
export function listAllNotificationsItems(client: PeriskopeApiCore, args: ListAllNotificationsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllNotificationsItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(ListAllNotificationsSpec, pageArgs, pageOptions), args, options, ListAllNotificationsPaging) as AsyncGenerator<ListAllNotificationsItem, void, undefined>;
}

/** openapi-typescript's type of GET /chats/{chat_id}. */
export type GetChatByIdOperation = paths['/chats/{chat_id}']['get'];
/** Arguments of `chats.getChatById`. */
export type GetChatByIdArgs = GetChatByIdOperation['parameters']['path'] & NonNullable<GetChatByIdOperation['parameters']['header']>;
/** What `chats.getChatById` resolves to. */
export type GetChatByIdResult = GetChatByIdOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `chats.getChatById`, thrown as `ApiError`. */
export type GetChatByIdError = never;
/** Documented headers of `chats.getChatById`'s success response, from `.withResponse()`. */
export type GetChatByIdHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetChatByIdSpec: OperationSpec = {
  id: 'getChatById',
  method: 'get',
  path: '/chats/{chat_id}',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Get a chat
 *
 * Returns one chat.
 *
 * `GET /chats/{chat_id}`
 *
 * The same call as `client.chats.getChatById()`, importable alone.
 */
export function getChatById(client: PeriskopeApiCore, args: GetChatByIdArgs, options?: RequestOptions): ResponsePromise<GetChatByIdResult, GetChatByIdHeaders> {
  return client.transport.call(GetChatByIdSpec, args, options) as ResponsePromise<GetChatByIdResult, GetChatByIdHeaders>;
}

/** openapi-typescript's type of PATCH /chats/{chat_id}. */
export type UpdateChatOperation = paths['/chats/{chat_id}']['patch'];
/** Arguments of `chats.updateChat`. */
export type UpdateChatArgs = UpdateChatOperation['parameters']['path'] & NonNullable<UpdateChatOperation['parameters']['header']> & NonNullable<UpdateChatOperation['requestBody']>['content']['application/json'];
/** What `chats.updateChat` resolves to. */
export type UpdateChatResult = UpdateChatOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `chats.updateChat`, thrown as `ApiError`. */
export type UpdateChatError = ApiErrorOf<'updateChat', 422, UpdateChatOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.updateChat`'s success response, from `.withResponse()`. */
export type UpdateChatHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const UpdateChatSpec: OperationSpec = {
  id: 'updateChat',
  method: 'patch',
  path: '/chats/{chat_id}',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Update a chat
 *
 * Sets the assignee, labels or custom property values of a chat. Send at least one field.
 *
 * `PATCH /chats/{chat_id}`
 * @throws {UpdateChatError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.updateChat()`, importable alone.
 */
export function updateChat(client: PeriskopeApiCore, args: UpdateChatArgs, options?: RequestOptions): ResponsePromise<UpdateChatResult, UpdateChatHeaders> {
  return client.transport.call(UpdateChatSpec, args, options) as ResponsePromise<UpdateChatResult, UpdateChatHeaders>;
}

/** openapi-typescript's type of GET /chats/{chat_id}/messages. */
export type GetMessagesInAChatOperation = paths['/chats/{chat_id}/messages']['get'];
/** Arguments of `chats.getMessagesInAChat`. */
export type GetMessagesInAChatArgs = GetMessagesInAChatOperation['parameters']['path'] & NonNullable<GetMessagesInAChatOperation['parameters']['query']> & NonNullable<GetMessagesInAChatOperation['parameters']['header']>;
/** What `chats.getMessagesInAChat` resolves to. */
export type GetMessagesInAChatResult = GetMessagesInAChatOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `chats.getMessagesInAChat`, thrown as `ApiError`. */
export type GetMessagesInAChatError = ApiErrorOf<'getMessagesInAChat', 422, GetMessagesInAChatOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.getMessagesInAChat`'s success response, from `.withResponse()`. */
export type GetMessagesInAChatHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetMessagesInAChatSpec: OperationSpec = {
  id: 'getMessagesInAChat',
  method: 'get',
  path: '/chats/{chat_id}/messages',
  inPath: ['chat_id'],
  inQuery: ['offset', 'limit'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};
/** One item of `chats.getMessagesInAChat`'s pages, as `getMessagesInAChatItems()` yields them. */
export type GetMessagesInAChatItem = NonNullable<GetMessagesInAChatResult['messages']>[number];
const GetMessagesInAChatPaging: Pagination = {
  style: 'offset',
  items: ['messages'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List messages of a chat
 *
 * Returns the messages of one chat, newest first, one page at a time.
 *
 * `GET /chats/{chat_id}/messages`
 * @throws {GetMessagesInAChatError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.getMessagesInAChat()`, importable alone.
 */
export function getMessagesInAChat(client: PeriskopeApiCore, args: GetMessagesInAChatArgs, options?: RequestOptions): ResponsePromise<GetMessagesInAChatResult, GetMessagesInAChatHeaders> {
  return client.transport.call(GetMessagesInAChatSpec, args, options) as ResponsePromise<GetMessagesInAChatResult, GetMessagesInAChatHeaders>;
}

/**
 * Every page of `getMessagesInAChat`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.chats.getMessagesInAChatPages()`, importable alone.
 */
export function getMessagesInAChatPages(client: PeriskopeApiCore, args: GetMessagesInAChatArgs, options?: RequestOptions): AsyncGenerator<GetMessagesInAChatResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetMessagesInAChatSpec, pageArgs, pageOptions), args, options, GetMessagesInAChatPaging) as AsyncGenerator<GetMessagesInAChatResult, void, undefined>;
}

/**
 * Every item of every page of `getMessagesInAChat`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.chats.getMessagesInAChatItems()`, importable alone.
 */
export function getMessagesInAChatItems(client: PeriskopeApiCore, args: GetMessagesInAChatArgs, options?: RequestOptions): AsyncGenerator<GetMessagesInAChatItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetMessagesInAChatSpec, pageArgs, pageOptions), args, options, GetMessagesInAChatPaging) as AsyncGenerator<GetMessagesInAChatItem, void, undefined>;
}

/** openapi-typescript's type of GET /chats/{chat_id}/notifications. */
export type GetNotificationsInAChatOperation = paths['/chats/{chat_id}/notifications']['get'];
/** Arguments of `chats.getNotificationsInAChat`. */
export type GetNotificationsInAChatArgs = GetNotificationsInAChatOperation['parameters']['path'] & NonNullable<GetNotificationsInAChatOperation['parameters']['query']> & NonNullable<GetNotificationsInAChatOperation['parameters']['header']>;
/** What `chats.getNotificationsInAChat` resolves to. */
export type GetNotificationsInAChatResult = GetNotificationsInAChatOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `chats.getNotificationsInAChat`, thrown as `ApiError`. */
export type GetNotificationsInAChatError = ApiErrorOf<'getNotificationsInAChat', 422, GetNotificationsInAChatOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.getNotificationsInAChat`'s success response, from `.withResponse()`. */
export type GetNotificationsInAChatHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetNotificationsInAChatSpec: OperationSpec = {
  id: 'getNotificationsInAChat',
  method: 'get',
  path: '/chats/{chat_id}/notifications',
  inPath: ['chat_id'],
  inQuery: ['offset', 'limit'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};
/** One item of `chats.getNotificationsInAChat`'s pages, as `getNotificationsInAChatItems()` yields them. */
export type GetNotificationsInAChatItem = NonNullable<GetNotificationsInAChatResult['messages']>[number];
const GetNotificationsInAChatPaging: Pagination = {
  style: 'offset',
  items: ['messages'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List notifications of a chat
 *
 * Returns the events of one chat, newest first. Without x-phone, events seen by every phone the token can reach are returned.
 *
 * `GET /chats/{chat_id}/notifications`
 * @throws {GetNotificationsInAChatError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.getNotificationsInAChat()`, importable alone.
 */
export function getNotificationsInAChat(client: PeriskopeApiCore, args: GetNotificationsInAChatArgs, options?: RequestOptions): ResponsePromise<GetNotificationsInAChatResult, GetNotificationsInAChatHeaders> {
  return client.transport.call(GetNotificationsInAChatSpec, args, options) as ResponsePromise<GetNotificationsInAChatResult, GetNotificationsInAChatHeaders>;
}

/**
 * Every page of `getNotificationsInAChat`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
 *
 * The same call as `client.chats.getNotificationsInAChatPages()`, importable alone.
 */
export function getNotificationsInAChatPages(client: PeriskopeApiCore, args: GetNotificationsInAChatArgs, options?: RequestOptions): AsyncGenerator<GetNotificationsInAChatResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetNotificationsInAChatSpec, pageArgs, pageOptions), args, options, GetNotificationsInAChatPaging) as AsyncGenerator<GetNotificationsInAChatResult, void, undefined>;
}

/**
 * Every item of every page of `getNotificationsInAChat`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
 *
 * The same call as `client.chats.getNotificationsInAChatItems()`, importable alone.
 */
export function getNotificationsInAChatItems(client: PeriskopeApiCore, args: GetNotificationsInAChatArgs, options?: RequestOptions): AsyncGenerator<GetNotificationsInAChatItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetNotificationsInAChatSpec, pageArgs, pageOptions), args, options, GetNotificationsInAChatPaging) as AsyncGenerator<GetNotificationsInAChatItem, void, undefined>;
}

/** openapi-typescript's type of PATCH /chats/labels. */
export type UpdateChatLabelsOperation = paths['/chats/labels']['patch'];
/** Arguments of `chats.updateChatLabels`. */
export type UpdateChatLabelsArgs = NonNullable<UpdateChatLabelsOperation['parameters']['header']> & NonNullable<UpdateChatLabelsOperation['requestBody']>['content']['application/json'];
/** What `chats.updateChatLabels` resolves to. */
export type UpdateChatLabelsResult = void;
/** Documented error responses of `chats.updateChatLabels`, thrown as `ApiError`. */
export type UpdateChatLabelsError = ApiErrorOf<'updateChatLabels', 422, UpdateChatLabelsOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.updateChatLabels`'s success response, from `.withResponse()`. */
export type UpdateChatLabelsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const UpdateChatLabelsSpec: OperationSpec = {
  id: 'updateChatLabels',
  method: 'patch',
  path: '/chats/labels',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Set labels on chats
 *
 * Replaces the labels of several chats in one call.
 *
 * `PATCH /chats/labels`
 * @throws {UpdateChatLabelsError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.updateChatLabels()`, importable alone.
 */
export function updateChatLabels(client: PeriskopeApiCore, args: UpdateChatLabelsArgs, options?: RequestOptions): ResponsePromise<UpdateChatLabelsResult, UpdateChatLabelsHeaders> {
  return client.transport.call(UpdateChatLabelsSpec, args, options) as ResponsePromise<UpdateChatLabelsResult, UpdateChatLabelsHeaders>;
}

/** openapi-typescript's type of PATCH /chats/access. */
export type UpdateChatOverrideAccessOperation = paths['/chats/access']['patch'];
/** Arguments of `chats.updateChatOverrideAccess`. */
export type UpdateChatOverrideAccessArgs = NonNullable<UpdateChatOverrideAccessOperation['parameters']['header']> & NonNullable<UpdateChatOverrideAccessOperation['requestBody']>['content']['application/json'];
/** What `chats.updateChatOverrideAccess` resolves to. */
export type UpdateChatOverrideAccessResult = void;
/** Documented error responses of `chats.updateChatOverrideAccess`, thrown as `ApiError`. */
export type UpdateChatOverrideAccessError = ApiErrorOf<'updateChatOverrideAccess', 422, UpdateChatOverrideAccessOperation['responses'][422]['content']['application/json'] | undefined>;
/** Documented headers of `chats.updateChatOverrideAccess`'s success response, from `.withResponse()`. */
export type UpdateChatOverrideAccessHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const UpdateChatOverrideAccessSpec: OperationSpec = {
  id: 'updateChatOverrideAccess',
  method: 'patch',
  path: '/chats/access',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: ['422'],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Override chat access
 *
 * Grants or removes access to several chats for given members. With replace true the given map replaces all overrides; otherwise only the listed members change.
 *
 * `PATCH /chats/access`
 * @throws {UpdateChatOverrideAccessError} for a documented error status (as `ApiError`).
 *
 * The same call as `client.chats.updateChatOverrideAccess()`, importable alone.
 */
export function updateChatOverrideAccess(client: PeriskopeApiCore, args: UpdateChatOverrideAccessArgs, options?: RequestOptions): ResponsePromise<UpdateChatOverrideAccessResult, UpdateChatOverrideAccessHeaders> {
  return client.transport.call(UpdateChatOverrideAccessSpec, args, options) as ResponsePromise<UpdateChatOverrideAccessResult, UpdateChatOverrideAccessHeaders>;
}

/** openapi-typescript's type of PATCH /chats/custom-properties/update. */
export type UpdateChatCustomPropertiesOperation = paths['/chats/custom-properties/update']['patch'];
/** Arguments of `chats.updateChatCustomProperties`. */
export type UpdateChatCustomPropertiesArgs = NonNullable<UpdateChatCustomPropertiesOperation['parameters']['header']> & NonNullable<UpdateChatCustomPropertiesOperation['requestBody']>['content']['application/json'];
/** What `chats.updateChatCustomProperties` resolves to. */
export type UpdateChatCustomPropertiesResult = void;
/** Documented error responses of `chats.updateChatCustomProperties`, thrown as `ApiError`. */
export type UpdateChatCustomPropertiesError = never;
/** Documented headers of `chats.updateChatCustomProperties`'s success response, from `.withResponse()`. */
export type UpdateChatCustomPropertiesHeaders = Record<never, never>;
const UpdateChatCustomPropertiesSpec: OperationSpec = {
  id: 'updateChatCustomProperties',
  method: 'patch',
  path: '/chats/custom-properties/update',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  requestBody: requestBody,
};

/**
 * Set custom properties on chats
 *
 * Sets custom property values on many chats at once. Replaces the deprecated PATCH /chats/update_properties.
 *
 * `PATCH /chats/custom-properties/update`
 *
 * The same call as `client.chats.updateChatCustomProperties()`, importable alone.
 */
export function updateChatCustomProperties(client: PeriskopeApiCore, args: UpdateChatCustomPropertiesArgs, options?: RequestOptions): ResponsePromise<UpdateChatCustomPropertiesResult, UpdateChatCustomPropertiesHeaders> {
  return client.transport.call(UpdateChatCustomPropertiesSpec, args, options) as ResponsePromise<UpdateChatCustomPropertiesResult, UpdateChatCustomPropertiesHeaders>;
}

/** Operations tagged `chats`. */
export class ChatsApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.chats`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * Mark a chat as read
   *
   * Marks every message of a chat as read.
   *
   * `POST /chats/{chat_id}/read`
   */
  markRead(args: MarkReadArgs, options?: RequestOptions): ResponsePromise<MarkReadResult, MarkReadHeaders> {
    return markRead(this, args, options);
  }

  /**
   * List chats
   *
   * Returns chats one page at a time, optionally filtered by chat type, label and time window.
   *
   * `GET /chats`
   * @throws {ListAllChatsError} for a documented error status (as `ApiError`).
   */
  listAllChats(args: ListAllChatsArgs = {}, options?: RequestOptions): ResponsePromise<ListAllChatsResult, ListAllChatsHeaders> {
    return listAllChats(this, args, options);
  }

  /**
   * Every page of `listAllChats`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  listAllChatsPages(args: ListAllChatsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllChatsResult, void, undefined> {
    return listAllChatsPages(this, args, options);
  }

  /**
   * Every item of every page of `listAllChats`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  listAllChatsItems(args: ListAllChatsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllChatsItem, void, undefined> {
    return listAllChatsItems(this, args, options);
  }

  /**
   * List messages of all chats
   *
   * Returns messages from every chat, newest first, one page at a time.
   *
   * `GET /chats/messages`
   * @throws {ListAllMessagesError} for a documented error status (as `ApiError`).
   */
  listAllMessages(args: ListAllMessagesArgs = {}, options?: RequestOptions): ResponsePromise<ListAllMessagesResult, ListAllMessagesHeaders> {
    return listAllMessages(this, args, options);
  }

  /**
   * Every page of `listAllMessages`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  listAllMessagesPages(args: ListAllMessagesArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllMessagesResult, void, undefined> {
    return listAllMessagesPages(this, args, options);
  }

  /**
   * Every item of every page of `listAllMessages`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  listAllMessagesItems(args: ListAllMessagesArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllMessagesItem, void, undefined> {
    return listAllMessagesItems(this, args, options);
  }

  /**
   * List notifications of all chats
   *
   * Returns chat events (such as participants added or removed) from every chat, newest first.
   *
   * `GET /chats/notifications`
   * @throws {ListAllNotificationsError} for a documented error status (as `ApiError`).
   */
  listAllNotifications(args: ListAllNotificationsArgs = {}, options?: RequestOptions): ResponsePromise<ListAllNotificationsResult, ListAllNotificationsHeaders> {
    return listAllNotifications(this, args, options);
  }

  /**
   * Every page of `listAllNotifications`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
   */
  listAllNotificationsPages(args: ListAllNotificationsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllNotificationsResult, void, undefined> {
    return listAllNotificationsPages(this, args, options);
  }

  /**
   * Every item of every page of `listAllNotifications`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
   */
  listAllNotificationsItems(args: ListAllNotificationsArgs = {}, options?: RequestOptions): AsyncGenerator<ListAllNotificationsItem, void, undefined> {
    return listAllNotificationsItems(this, args, options);
  }

  /**
   * Get a chat
   *
   * Returns one chat.
   *
   * `GET /chats/{chat_id}`
   */
  getChatById(args: GetChatByIdArgs, options?: RequestOptions): ResponsePromise<GetChatByIdResult, GetChatByIdHeaders> {
    return getChatById(this, args, options);
  }

  /**
   * Update a chat
   *
   * Sets the assignee, labels or custom property values of a chat. Send at least one field.
   *
   * `PATCH /chats/{chat_id}`
   * @throws {UpdateChatError} for a documented error status (as `ApiError`).
   */
  updateChat(args: UpdateChatArgs, options?: RequestOptions): ResponsePromise<UpdateChatResult, UpdateChatHeaders> {
    return updateChat(this, args, options);
  }

  /**
   * List messages of a chat
   *
   * Returns the messages of one chat, newest first, one page at a time.
   *
   * `GET /chats/{chat_id}/messages`
   * @throws {GetMessagesInAChatError} for a documented error status (as `ApiError`).
   */
  getMessagesInAChat(args: GetMessagesInAChatArgs, options?: RequestOptions): ResponsePromise<GetMessagesInAChatResult, GetMessagesInAChatHeaders> {
    return getMessagesInAChat(this, args, options);
  }

  /**
   * Every page of `getMessagesInAChat`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getMessagesInAChatPages(args: GetMessagesInAChatArgs, options?: RequestOptions): AsyncGenerator<GetMessagesInAChatResult, void, undefined> {
    return getMessagesInAChatPages(this, args, options);
  }

  /**
   * Every item of every page of `getMessagesInAChat`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getMessagesInAChatItems(args: GetMessagesInAChatArgs, options?: RequestOptions): AsyncGenerator<GetMessagesInAChatItem, void, undefined> {
    return getMessagesInAChatItems(this, args, options);
  }

  /**
   * List notifications of a chat
   *
   * Returns the events of one chat, newest first. Without x-phone, events seen by every phone the token can reach are returned.
   *
   * `GET /chats/{chat_id}/notifications`
   * @throws {GetNotificationsInAChatError} for a documented error status (as `ApiError`).
   */
  getNotificationsInAChat(args: GetNotificationsInAChatArgs, options?: RequestOptions): ResponsePromise<GetNotificationsInAChatResult, GetNotificationsInAChatHeaders> {
    return getNotificationsInAChat(this, args, options);
  }

  /**
   * Every page of `getNotificationsInAChat`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
   */
  getNotificationsInAChatPages(args: GetNotificationsInAChatArgs, options?: RequestOptions): AsyncGenerator<GetNotificationsInAChatResult, void, undefined> {
    return getNotificationsInAChatPages(this, args, options);
  }

  /**
   * Every item of every page of `getNotificationsInAChat`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none) (declared in the generator config). Use with `for await`.
   */
  getNotificationsInAChatItems(args: GetNotificationsInAChatArgs, options?: RequestOptions): AsyncGenerator<GetNotificationsInAChatItem, void, undefined> {
    return getNotificationsInAChatItems(this, args, options);
  }

  /**
   * Set labels on chats
   *
   * Replaces the labels of several chats in one call.
   *
   * `PATCH /chats/labels`
   * @throws {UpdateChatLabelsError} for a documented error status (as `ApiError`).
   */
  updateChatLabels(args: UpdateChatLabelsArgs, options?: RequestOptions): ResponsePromise<UpdateChatLabelsResult, UpdateChatLabelsHeaders> {
    return updateChatLabels(this, args, options);
  }

  /**
   * Override chat access
   *
   * Grants or removes access to several chats for given members. With replace true the given map replaces all overrides; otherwise only the listed members change.
   *
   * `PATCH /chats/access`
   * @throws {UpdateChatOverrideAccessError} for a documented error status (as `ApiError`).
   */
  updateChatOverrideAccess(args: UpdateChatOverrideAccessArgs, options?: RequestOptions): ResponsePromise<UpdateChatOverrideAccessResult, UpdateChatOverrideAccessHeaders> {
    return updateChatOverrideAccess(this, args, options);
  }

  /**
   * Set custom properties on chats
   *
   * Sets custom property values on many chats at once. Replaces the deprecated PATCH /chats/update_properties.
   *
   * `PATCH /chats/custom-properties/update`
   */
  updateChatCustomProperties(args: UpdateChatCustomPropertiesArgs, options?: RequestOptions): ResponsePromise<UpdateChatCustomPropertiesResult, UpdateChatCustomPropertiesHeaders> {
    return updateChatCustomProperties(this, args, options);
  }
}

// GroupApi (client.group): 9 operations.
/** openapi-typescript's type of POST /chats/create. */
export type CreateGroupOperation = paths['/chats/create']['post'];
/** Arguments of `group.createGroup`. */
export type CreateGroupArgs = NonNullable<CreateGroupOperation['parameters']['header']> & NonNullable<CreateGroupOperation['requestBody']>['content']['application/json'];
/** What `group.createGroup` resolves to. */
export type CreateGroupResult = CreateGroupOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.createGroup`, thrown as `ApiError`. */
export type CreateGroupError = never;
/** Documented headers of `group.createGroup`'s success response, from `.withResponse()`. */
export type CreateGroupHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const CreateGroupSpec: OperationSpec = {
  id: 'createGroup',
  method: 'post',
  path: '/chats/create',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Create a group
 *
 * Creates a WhatsApp group with first participants and optional settings. Participants who cannot be added directly get an invite, unless force_add_participants is set. One-to-one chats need no creation call.
 *
 * `POST /chats/create`
 *
 * The same call as `client.group.createGroup()`, importable alone.
 */
export function createGroup(client: PeriskopeApiCore, args: CreateGroupArgs, options?: RequestOptions): ResponsePromise<CreateGroupResult, CreateGroupHeaders> {
  return client.transport.call(CreateGroupSpec, args, options) as ResponsePromise<CreateGroupResult, CreateGroupHeaders>;
}

/** openapi-typescript's type of POST /chats/{chat_id}/settings. */
export type UpdateGroupSettingsOperation = paths['/chats/{chat_id}/settings']['post'];
/** Arguments of `group.updateGroupSettings`. */
export type UpdateGroupSettingsArgs = UpdateGroupSettingsOperation['parameters']['path'] & NonNullable<UpdateGroupSettingsOperation['parameters']['header']> & NonNullable<UpdateGroupSettingsOperation['requestBody']>['content']['application/json'];
/** What `group.updateGroupSettings` resolves to. */
export type UpdateGroupSettingsResult = UpdateGroupSettingsOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.updateGroupSettings`, thrown as `ApiError`. */
export type UpdateGroupSettingsError = never;
/** Documented headers of `group.updateGroupSettings`'s success response, from `.withResponse()`. */
export type UpdateGroupSettingsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const UpdateGroupSettingsSpec: OperationSpec = {
  id: 'updateGroupSettings',
  method: 'post',
  path: '/chats/{chat_id}/settings',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Change group settings
 *
 * Changes a group's name, description, picture or admin-only permissions. The connected phone must be a group admin.
 *
 * `POST /chats/{chat_id}/settings`
 *
 * The same call as `client.group.updateGroupSettings()`, importable alone.
 */
export function updateGroupSettings(client: PeriskopeApiCore, args: UpdateGroupSettingsArgs, options?: RequestOptions): ResponsePromise<UpdateGroupSettingsResult, UpdateGroupSettingsHeaders> {
  return client.transport.call(UpdateGroupSettingsSpec, args, options) as ResponsePromise<UpdateGroupSettingsResult, UpdateGroupSettingsHeaders>;
}

/** openapi-typescript's type of POST /chats/{chat_id}/invite. */
export type RefreshInviteOperation = paths['/chats/{chat_id}/invite']['post'];
/** Arguments of `group.refreshInvite`. */
export type RefreshInviteArgs = RefreshInviteOperation['parameters']['path'] & NonNullable<RefreshInviteOperation['parameters']['header']>;
/** What `group.refreshInvite` resolves to. */
export type RefreshInviteResult = RefreshInviteOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.refreshInvite`, thrown as `ApiError`. */
export type RefreshInviteError = never;
/** Documented headers of `group.refreshInvite`'s success response, from `.withResponse()`. */
export type RefreshInviteHeaders = Record<never, never>;
const RefreshInviteSpec: OperationSpec = {
  id: 'refreshInvite',
  method: 'post',
  path: '/chats/{chat_id}/invite',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
};

/**
 * Renew the group invite link
 *
 * Creates a new invite link for a group; the old link stops working.
 *
 * `POST /chats/{chat_id}/invite`
 *
 * The same call as `client.group.refreshInvite()`, importable alone.
 */
export function refreshInvite(client: PeriskopeApiCore, args: RefreshInviteArgs, options?: RequestOptions): ResponsePromise<RefreshInviteResult, RefreshInviteHeaders> {
  return client.transport.call(RefreshInviteSpec, args, options) as ResponsePromise<RefreshInviteResult, RefreshInviteHeaders>;
}

/** openapi-typescript's type of POST /chats/accept-invite. */
export type AcceptGroupInviteOperation = paths['/chats/accept-invite']['post'];
/** Arguments of `group.acceptGroupInvite`. */
export type AcceptGroupInviteArgs = NonNullable<AcceptGroupInviteOperation['parameters']['header']> & NonNullable<AcceptGroupInviteOperation['requestBody']>['content']['application/json'];
/** What `group.acceptGroupInvite` resolves to. */
export type AcceptGroupInviteResult = AcceptGroupInviteOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.acceptGroupInvite`, thrown as `ApiError`. */
export type AcceptGroupInviteError = never;
/** Documented headers of `group.acceptGroupInvite`'s success response, from `.withResponse()`. */
export type AcceptGroupInviteHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const AcceptGroupInviteSpec: OperationSpec = {
  id: 'acceptGroupInvite',
  method: 'post',
  path: '/chats/accept-invite',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Join a group by invite
 *
 * Makes the connected phone join a group using the code from an invite link.
 *
 * `POST /chats/accept-invite`
 *
 * The same call as `client.group.acceptGroupInvite()`, importable alone.
 */
export function acceptGroupInvite(client: PeriskopeApiCore, args: AcceptGroupInviteArgs, options?: RequestOptions): ResponsePromise<AcceptGroupInviteResult, AcceptGroupInviteHeaders> {
  return client.transport.call(AcceptGroupInviteSpec, args, options) as ResponsePromise<AcceptGroupInviteResult, AcceptGroupInviteHeaders>;
}

/** openapi-typescript's type of POST /chats/{chat_id}/add. */
export type AddParticipantToGroupOperation = paths['/chats/{chat_id}/add']['post'];
/** Arguments of `group.addParticipantToGroup`. */
export type AddParticipantToGroupArgs = AddParticipantToGroupOperation['parameters']['path'] & NonNullable<AddParticipantToGroupOperation['parameters']['header']> & NonNullable<AddParticipantToGroupOperation['requestBody']>['content']['application/json'];
/** What `group.addParticipantToGroup` resolves to. */
export type AddParticipantToGroupResult = AddParticipantToGroupOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.addParticipantToGroup`, thrown as `ApiError`. */
export type AddParticipantToGroupError = never;
/** Documented headers of `group.addParticipantToGroup`'s success response, from `.withResponse()`. */
export type AddParticipantToGroupHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const AddParticipantToGroupSpec: OperationSpec = {
  id: 'addParticipantToGroup',
  method: 'post',
  path: '/chats/{chat_id}/add',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Add participants
 *
 * Adds people to a group. Those who cannot be added directly (not in contacts, or privacy settings) get an invite instead, unless force_add_participants is set. The result tells, per participant, whether it worked.
 *
 * `POST /chats/{chat_id}/add`
 *
 * The same call as `client.group.addParticipantToGroup()`, importable alone.
 */
export function addParticipantToGroup(client: PeriskopeApiCore, args: AddParticipantToGroupArgs, options?: RequestOptions): ResponsePromise<AddParticipantToGroupResult, AddParticipantToGroupHeaders> {
  return client.transport.call(AddParticipantToGroupSpec, args, options) as ResponsePromise<AddParticipantToGroupResult, AddParticipantToGroupHeaders>;
}

/** openapi-typescript's type of POST /chats/{chat_id}/promote. */
export type PromoteParticipantToAdminOperation = paths['/chats/{chat_id}/promote']['post'];
/** Arguments of `group.promoteParticipantToAdmin`. */
export type PromoteParticipantToAdminArgs = PromoteParticipantToAdminOperation['parameters']['path'] & NonNullable<PromoteParticipantToAdminOperation['parameters']['header']> & NonNullable<PromoteParticipantToAdminOperation['requestBody']>['content']['application/json'];
/** What `group.promoteParticipantToAdmin` resolves to. */
export type PromoteParticipantToAdminResult = PromoteParticipantToAdminOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.promoteParticipantToAdmin`, thrown as `ApiError`. */
export type PromoteParticipantToAdminError = never;
/** Documented headers of `group.promoteParticipantToAdmin`'s success response, from `.withResponse()`. */
export type PromoteParticipantToAdminHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const PromoteParticipantToAdminSpec: OperationSpec = {
  id: 'promoteParticipantToAdmin',
  method: 'post',
  path: '/chats/{chat_id}/promote',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Promote participants
 *
 * Makes group participants admins. The result tells, per participant, whether it worked.
 *
 * `POST /chats/{chat_id}/promote`
 *
 * The same call as `client.group.promoteParticipantToAdmin()`, importable alone.
 */
export function promoteParticipantToAdmin(client: PeriskopeApiCore, args: PromoteParticipantToAdminArgs, options?: RequestOptions): ResponsePromise<PromoteParticipantToAdminResult, PromoteParticipantToAdminHeaders> {
  return client.transport.call(PromoteParticipantToAdminSpec, args, options) as ResponsePromise<PromoteParticipantToAdminResult, PromoteParticipantToAdminHeaders>;
}

/** openapi-typescript's type of POST /chats/{chat_id}/demote. */
export type DemoteParticipantToMemberOperation = paths['/chats/{chat_id}/demote']['post'];
/** Arguments of `group.demoteParticipantToMember`. */
export type DemoteParticipantToMemberArgs = DemoteParticipantToMemberOperation['parameters']['path'] & NonNullable<DemoteParticipantToMemberOperation['parameters']['header']> & NonNullable<DemoteParticipantToMemberOperation['requestBody']>['content']['application/json'];
/** What `group.demoteParticipantToMember` resolves to. */
export type DemoteParticipantToMemberResult = DemoteParticipantToMemberOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.demoteParticipantToMember`, thrown as `ApiError`. */
export type DemoteParticipantToMemberError = never;
/** Documented headers of `group.demoteParticipantToMember`'s success response, from `.withResponse()`. */
export type DemoteParticipantToMemberHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const DemoteParticipantToMemberSpec: OperationSpec = {
  id: 'demoteParticipantToMember',
  method: 'post',
  path: '/chats/{chat_id}/demote',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Demote participants
 *
 * Removes admin rights from group participants. The result tells, per participant, whether it worked.
 *
 * `POST /chats/{chat_id}/demote`
 *
 * The same call as `client.group.demoteParticipantToMember()`, importable alone.
 */
export function demoteParticipantToMember(client: PeriskopeApiCore, args: DemoteParticipantToMemberArgs, options?: RequestOptions): ResponsePromise<DemoteParticipantToMemberResult, DemoteParticipantToMemberHeaders> {
  return client.transport.call(DemoteParticipantToMemberSpec, args, options) as ResponsePromise<DemoteParticipantToMemberResult, DemoteParticipantToMemberHeaders>;
}

/** openapi-typescript's type of POST /chats/{chat_id}/remove. */
export type RemoveParticipantFromGroupOperation = paths['/chats/{chat_id}/remove']['post'];
/** Arguments of `group.removeParticipantFromGroup`. */
export type RemoveParticipantFromGroupArgs = RemoveParticipantFromGroupOperation['parameters']['path'] & NonNullable<RemoveParticipantFromGroupOperation['parameters']['header']> & NonNullable<RemoveParticipantFromGroupOperation['requestBody']>['content']['application/json'];
/** What `group.removeParticipantFromGroup` resolves to. */
export type RemoveParticipantFromGroupResult = RemoveParticipantFromGroupOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `group.removeParticipantFromGroup`, thrown as `ApiError`. */
export type RemoveParticipantFromGroupError = never;
/** Documented headers of `group.removeParticipantFromGroup`'s success response, from `.withResponse()`. */
export type RemoveParticipantFromGroupHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const RemoveParticipantFromGroupSpec: OperationSpec = {
  id: 'removeParticipantFromGroup',
  method: 'post',
  path: '/chats/{chat_id}/remove',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Remove participants
 *
 * Removes participants from a group. The result tells, per participant, whether it worked.
 *
 * `POST /chats/{chat_id}/remove`
 *
 * The same call as `client.group.removeParticipantFromGroup()`, importable alone.
 */
export function removeParticipantFromGroup(client: PeriskopeApiCore, args: RemoveParticipantFromGroupArgs, options?: RequestOptions): ResponsePromise<RemoveParticipantFromGroupResult, RemoveParticipantFromGroupHeaders> {
  return client.transport.call(RemoveParticipantFromGroupSpec, args, options) as ResponsePromise<RemoveParticipantFromGroupResult, RemoveParticipantFromGroupHeaders>;
}

/** openapi-typescript's type of POST /chats/{chat_id}/leave. */
export type LeaveGroupOperation = paths['/chats/{chat_id}/leave']['post'];
/** Arguments of `group.leaveGroup`. */
export type LeaveGroupArgs = LeaveGroupOperation['parameters']['path'] & NonNullable<LeaveGroupOperation['parameters']['header']>;
/** What `group.leaveGroup` resolves to. */
export type LeaveGroupResult = void;
/** Documented error responses of `group.leaveGroup`, thrown as `ApiError`. */
export type LeaveGroupError = never;
/** Documented headers of `group.leaveGroup`'s success response, from `.withResponse()`. */
export type LeaveGroupHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const LeaveGroupSpec: OperationSpec = {
  id: 'leaveGroup',
  method: 'post',
  path: '/chats/{chat_id}/leave',
  inPath: ['chat_id'],
  inHeader: ['x-phone'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Leave a group
 *
 * Makes the connected phone leave a group.
 *
 * `POST /chats/{chat_id}/leave`
 *
 * The same call as `client.group.leaveGroup()`, importable alone.
 */
export function leaveGroup(client: PeriskopeApiCore, args: LeaveGroupArgs, options?: RequestOptions): ResponsePromise<LeaveGroupResult, LeaveGroupHeaders> {
  return client.transport.call(LeaveGroupSpec, args, options) as ResponsePromise<LeaveGroupResult, LeaveGroupHeaders>;
}

/** Operations tagged `group`. */
export class GroupApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.group`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * Create a group
   *
   * Creates a WhatsApp group with first participants and optional settings. Participants who cannot be added directly get an invite, unless force_add_participants is set. One-to-one chats need no creation call.
   *
   * `POST /chats/create`
   */
  createGroup(args: CreateGroupArgs, options?: RequestOptions): ResponsePromise<CreateGroupResult, CreateGroupHeaders> {
    return createGroup(this, args, options);
  }

  /**
   * Change group settings
   *
   * Changes a group's name, description, picture or admin-only permissions. The connected phone must be a group admin.
   *
   * `POST /chats/{chat_id}/settings`
   */
  updateGroupSettings(args: UpdateGroupSettingsArgs, options?: RequestOptions): ResponsePromise<UpdateGroupSettingsResult, UpdateGroupSettingsHeaders> {
    return updateGroupSettings(this, args, options);
  }

  /**
   * Renew the group invite link
   *
   * Creates a new invite link for a group; the old link stops working.
   *
   * `POST /chats/{chat_id}/invite`
   */
  refreshInvite(args: RefreshInviteArgs, options?: RequestOptions): ResponsePromise<RefreshInviteResult, RefreshInviteHeaders> {
    return refreshInvite(this, args, options);
  }

  /**
   * Join a group by invite
   *
   * Makes the connected phone join a group using the code from an invite link.
   *
   * `POST /chats/accept-invite`
   */
  acceptGroupInvite(args: AcceptGroupInviteArgs, options?: RequestOptions): ResponsePromise<AcceptGroupInviteResult, AcceptGroupInviteHeaders> {
    return acceptGroupInvite(this, args, options);
  }

  /**
   * Add participants
   *
   * Adds people to a group. Those who cannot be added directly (not in contacts, or privacy settings) get an invite instead, unless force_add_participants is set. The result tells, per participant, whether it worked.
   *
   * `POST /chats/{chat_id}/add`
   */
  addParticipantToGroup(args: AddParticipantToGroupArgs, options?: RequestOptions): ResponsePromise<AddParticipantToGroupResult, AddParticipantToGroupHeaders> {
    return addParticipantToGroup(this, args, options);
  }

  /**
   * Promote participants
   *
   * Makes group participants admins. The result tells, per participant, whether it worked.
   *
   * `POST /chats/{chat_id}/promote`
   */
  promoteParticipantToAdmin(args: PromoteParticipantToAdminArgs, options?: RequestOptions): ResponsePromise<PromoteParticipantToAdminResult, PromoteParticipantToAdminHeaders> {
    return promoteParticipantToAdmin(this, args, options);
  }

  /**
   * Demote participants
   *
   * Removes admin rights from group participants. The result tells, per participant, whether it worked.
   *
   * `POST /chats/{chat_id}/demote`
   */
  demoteParticipantToMember(args: DemoteParticipantToMemberArgs, options?: RequestOptions): ResponsePromise<DemoteParticipantToMemberResult, DemoteParticipantToMemberHeaders> {
    return demoteParticipantToMember(this, args, options);
  }

  /**
   * Remove participants
   *
   * Removes participants from a group. The result tells, per participant, whether it worked.
   *
   * `POST /chats/{chat_id}/remove`
   */
  removeParticipantFromGroup(args: RemoveParticipantFromGroupArgs, options?: RequestOptions): ResponsePromise<RemoveParticipantFromGroupResult, RemoveParticipantFromGroupHeaders> {
    return removeParticipantFromGroup(this, args, options);
  }

  /**
   * Leave a group
   *
   * Makes the connected phone leave a group.
   *
   * `POST /chats/{chat_id}/leave`
   */
  leaveGroup(args: LeaveGroupArgs, options?: RequestOptions): ResponsePromise<LeaveGroupResult, LeaveGroupHeaders> {
    return leaveGroup(this, args, options);
  }
}

// NotesApi (client.notes): 4 operations.
/** openapi-typescript's type of GET /chats/{chat_id}/notes. */
export type GetNotesByChatOperation = paths['/chats/{chat_id}/notes']['get'];
/** Arguments of `notes.getNotesByChat`. */
export type GetNotesByChatArgs = GetNotesByChatOperation['parameters']['path'] & NonNullable<GetNotesByChatOperation['parameters']['query']> & NonNullable<GetNotesByChatOperation['parameters']['header']>;
/** What `notes.getNotesByChat` resolves to. */
export type GetNotesByChatResult = GetNotesByChatOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `notes.getNotesByChat`, thrown as `ApiError`. */
export type GetNotesByChatError = never;
/** Documented headers of `notes.getNotesByChat`'s success response, from `.withResponse()`. */
export type GetNotesByChatHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetNotesByChatSpec: OperationSpec = {
  id: 'getNotesByChat',
  method: 'get',
  path: '/chats/{chat_id}/notes',
  inPath: ['chat_id'],
  inQuery: ['offset', 'limit', 'start_time', 'end_time'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};
/** One item of `notes.getNotesByChat`'s pages, as `getNotesByChatItems()` yields them. */
export type GetNotesByChatItem = NonNullable<GetNotesByChatResult['notes']>[number];
const GetNotesByChatPaging: Pagination = {
  style: 'offset',
  items: ['notes'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List notes of a chat
 *
 * Returns the private notes of one chat, newest first, one page at a time.
 *
 * `GET /chats/{chat_id}/notes`
 *
 * The same call as `client.notes.getNotesByChat()`, importable alone.
 */
export function getNotesByChat(client: PeriskopeApiCore, args: GetNotesByChatArgs, options?: RequestOptions): ResponsePromise<GetNotesByChatResult, GetNotesByChatHeaders> {
  return client.transport.call(GetNotesByChatSpec, args, options) as ResponsePromise<GetNotesByChatResult, GetNotesByChatHeaders>;
}

/**
 * Every page of `getNotesByChat`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.notes.getNotesByChatPages()`, importable alone.
 */
export function getNotesByChatPages(client: PeriskopeApiCore, args: GetNotesByChatArgs, options?: RequestOptions): AsyncGenerator<GetNotesByChatResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetNotesByChatSpec, pageArgs, pageOptions), args, options, GetNotesByChatPaging) as AsyncGenerator<GetNotesByChatResult, void, undefined>;
}

/**
 * Every item of every page of `getNotesByChat`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.notes.getNotesByChatItems()`, importable alone.
 */
export function getNotesByChatItems(client: PeriskopeApiCore, args: GetNotesByChatArgs, options?: RequestOptions): AsyncGenerator<GetNotesByChatItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetNotesByChatSpec, pageArgs, pageOptions), args, options, GetNotesByChatPaging) as AsyncGenerator<GetNotesByChatItem, void, undefined>;
}

/** openapi-typescript's type of POST /note/create. */
export type CreateNoteOperation = paths['/note/create']['post'];
/** Arguments of `notes.createNote`. */
export type CreateNoteArgs = NonNullable<CreateNoteOperation['parameters']['header']> & NonNullable<CreateNoteOperation['requestBody']>['content']['application/json'];
/** What `notes.createNote` resolves to. */
export type CreateNoteResult = CreateNoteOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `notes.createNote`, thrown as `ApiError`. */
export type CreateNoteError = never;
/** Documented headers of `notes.createNote`'s success response, from `.withResponse()`. */
export type CreateNoteHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const CreateNoteSpec: OperationSpec = {
  id: 'createNote',
  method: 'post',
  path: '/note/create',
  inHeader: ['x-phone'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Create a note
 *
 * Adds a private note, seen only by teammates, to a chat. A note can carry media or reply to a message or note.
 *
 * `POST /note/create`
 *
 * The same call as `client.notes.createNote()`, importable alone.
 */
export function createNote(client: PeriskopeApiCore, args: CreateNoteArgs, options?: RequestOptions): ResponsePromise<CreateNoteResult, CreateNoteHeaders> {
  return client.transport.call(CreateNoteSpec, args, options) as ResponsePromise<CreateNoteResult, CreateNoteHeaders>;
}

/** openapi-typescript's type of GET /note. */
export type GetNotesOperation = paths['/note']['get'];
/** Arguments of `notes.getNotes`. */
export type GetNotesArgs = NonNullable<GetNotesOperation['parameters']['query']> & NonNullable<GetNotesOperation['parameters']['header']>;
/** What `notes.getNotes` resolves to. */
export type GetNotesResult = GetNotesOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `notes.getNotes`, thrown as `ApiError`. */
export type GetNotesError = never;
/** Documented headers of `notes.getNotes`'s success response, from `.withResponse()`. */
export type GetNotesHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetNotesSpec: OperationSpec = {
  id: 'getNotes',
  method: 'get',
  path: '/note',
  inQuery: ['offset', 'limit', 'start_time', 'end_time'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};
/** One item of `notes.getNotes`'s pages, as `getNotesItems()` yields them. */
export type GetNotesItem = NonNullable<GetNotesResult['notes']>[number];
const GetNotesPaging: Pagination = {
  style: 'offset',
  items: ['notes'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List notes
 *
 * Returns private notes from the organisation's chats, newest first, one page at a time.
 *
 * `GET /note`
 *
 * The same call as `client.notes.getNotes()`, importable alone.
 */
export function getNotes(client: PeriskopeApiCore, args: GetNotesArgs = {}, options?: RequestOptions): ResponsePromise<GetNotesResult, GetNotesHeaders> {
  return client.transport.call(GetNotesSpec, args, options) as ResponsePromise<GetNotesResult, GetNotesHeaders>;
}

/**
 * Every page of `getNotes`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.notes.getNotesPages()`, importable alone.
 */
export function getNotesPages(client: PeriskopeApiCore, args: GetNotesArgs = {}, options?: RequestOptions): AsyncGenerator<GetNotesResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetNotesSpec, pageArgs, pageOptions), args, options, GetNotesPaging) as AsyncGenerator<GetNotesResult, void, undefined>;
}

/**
 * Every item of every page of `getNotes`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.notes.getNotesItems()`, importable alone.
 */
export function getNotesItems(client: PeriskopeApiCore, args: GetNotesArgs = {}, options?: RequestOptions): AsyncGenerator<GetNotesItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetNotesSpec, pageArgs, pageOptions), args, options, GetNotesPaging) as AsyncGenerator<GetNotesItem, void, undefined>;
}

/** openapi-typescript's type of GET /note/{note_id}. */
export type GetNoteByIdOperation = paths['/note/{note_id}']['get'];
/** Arguments of `notes.getNoteById`. */
export type GetNoteByIdArgs = GetNoteByIdOperation['parameters']['path'] & NonNullable<GetNoteByIdOperation['parameters']['header']>;
/** What `notes.getNoteById` resolves to. */
export type GetNoteByIdResult = GetNoteByIdOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `notes.getNoteById`, thrown as `ApiError`. */
export type GetNoteByIdError = never;
/** Documented headers of `notes.getNoteById`'s success response, from `.withResponse()`. */
export type GetNoteByIdHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetNoteByIdSpec: OperationSpec = {
  id: 'getNoteById',
  method: 'get',
  path: '/note/{note_id}',
  inPath: ['note_id'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};

/**
 * Get a note
 *
 * Returns one private note. Without x-phone the note is looked up across every phone the token can reach.
 *
 * `GET /note/{note_id}`
 *
 * The same call as `client.notes.getNoteById()`, importable alone.
 */
export function getNoteById(client: PeriskopeApiCore, args: GetNoteByIdArgs, options?: RequestOptions): ResponsePromise<GetNoteByIdResult, GetNoteByIdHeaders> {
  return client.transport.call(GetNoteByIdSpec, args, options) as ResponsePromise<GetNoteByIdResult, GetNoteByIdHeaders>;
}

/** Operations tagged `notes`. */
export class NotesApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.notes`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * List notes of a chat
   *
   * Returns the private notes of one chat, newest first, one page at a time.
   *
   * `GET /chats/{chat_id}/notes`
   */
  getNotesByChat(args: GetNotesByChatArgs, options?: RequestOptions): ResponsePromise<GetNotesByChatResult, GetNotesByChatHeaders> {
    return getNotesByChat(this, args, options);
  }

  /**
   * Every page of `getNotesByChat`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getNotesByChatPages(args: GetNotesByChatArgs, options?: RequestOptions): AsyncGenerator<GetNotesByChatResult, void, undefined> {
    return getNotesByChatPages(this, args, options);
  }

  /**
   * Every item of every page of `getNotesByChat`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getNotesByChatItems(args: GetNotesByChatArgs, options?: RequestOptions): AsyncGenerator<GetNotesByChatItem, void, undefined> {
    return getNotesByChatItems(this, args, options);
  }

  /**
   * Create a note
   *
   * Adds a private note, seen only by teammates, to a chat. A note can carry media or reply to a message or note.
   *
   * `POST /note/create`
   */
  createNote(args: CreateNoteArgs, options?: RequestOptions): ResponsePromise<CreateNoteResult, CreateNoteHeaders> {
    return createNote(this, args, options);
  }

  /**
   * List notes
   *
   * Returns private notes from the organisation's chats, newest first, one page at a time.
   *
   * `GET /note`
   */
  getNotes(args: GetNotesArgs = {}, options?: RequestOptions): ResponsePromise<GetNotesResult, GetNotesHeaders> {
    return getNotes(this, args, options);
  }

  /**
   * Every page of `getNotes`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getNotesPages(args: GetNotesArgs = {}, options?: RequestOptions): AsyncGenerator<GetNotesResult, void, undefined> {
    return getNotesPages(this, args, options);
  }

  /**
   * Every item of every page of `getNotes`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getNotesItems(args: GetNotesArgs = {}, options?: RequestOptions): AsyncGenerator<GetNotesItem, void, undefined> {
    return getNotesItems(this, args, options);
  }

  /**
   * Get a note
   *
   * Returns one private note. Without x-phone the note is looked up across every phone the token can reach.
   *
   * `GET /note/{note_id}`
   */
  getNoteById(args: GetNoteByIdArgs, options?: RequestOptions): ResponsePromise<GetNoteByIdResult, GetNoteByIdHeaders> {
    return getNoteById(this, args, options);
  }
}

// ReactionsApi (client.reactions): 1 operation.
/** openapi-typescript's type of GET /reactions. */
export type GetReactionsOperation = paths['/reactions']['get'];
/** Arguments of `reactions.getReactions`. */
export type GetReactionsArgs = NonNullable<GetReactionsOperation['parameters']['query']> & NonNullable<GetReactionsOperation['parameters']['header']>;
/** What `reactions.getReactions` resolves to. */
export type GetReactionsResult = GetReactionsOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `reactions.getReactions`, thrown as `ApiError`. */
export type GetReactionsError = never;
/** Documented headers of `reactions.getReactions`'s success response, from `.withResponse()`. */
export type GetReactionsHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string; 'x-periskope-phone-id'?: string };
const GetReactionsSpec: OperationSpec = {
  id: 'getReactions',
  method: 'get',
  path: '/reactions',
  inQuery: ['chat_id', 'message_id', 'offset', 'limit', 'start_time', 'end_time'],
  inHeader: ['x-phone'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
    ['x-periskope-phone-id', 'string'],
  ],
};
/** One item of `reactions.getReactions`'s pages, as `getReactionsItems()` yields them. */
export type GetReactionsItem = NonNullable<GetReactionsResult['reactions']>[number];
const GetReactionsPaging: Pagination = {
  style: 'offset',
  items: ['reactions'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List reactions
 *
 * Returns reactions one page at a time, optionally for one chat or one message and within a time window.
 *
 * `GET /reactions`
 *
 * The same call as `client.reactions.getReactions()`, importable alone.
 */
export function getReactions(client: PeriskopeApiCore, args: GetReactionsArgs = {}, options?: RequestOptions): ResponsePromise<GetReactionsResult, GetReactionsHeaders> {
  return client.transport.call(GetReactionsSpec, args, options) as ResponsePromise<GetReactionsResult, GetReactionsHeaders>;
}

/**
 * Every page of `getReactions`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.reactions.getReactionsPages()`, importable alone.
 */
export function getReactionsPages(client: PeriskopeApiCore, args: GetReactionsArgs = {}, options?: RequestOptions): AsyncGenerator<GetReactionsResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetReactionsSpec, pageArgs, pageOptions), args, options, GetReactionsPaging) as AsyncGenerator<GetReactionsResult, void, undefined>;
}

/**
 * Every item of every page of `getReactions`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.reactions.getReactionsItems()`, importable alone.
 */
export function getReactionsItems(client: PeriskopeApiCore, args: GetReactionsArgs = {}, options?: RequestOptions): AsyncGenerator<GetReactionsItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetReactionsSpec, pageArgs, pageOptions), args, options, GetReactionsPaging) as AsyncGenerator<GetReactionsItem, void, undefined>;
}

/** Operations tagged `reactions`. */
export class ReactionsApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.reactions`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * List reactions
   *
   * Returns reactions one page at a time, optionally for one chat or one message and within a time window.
   *
   * `GET /reactions`
   */
  getReactions(args: GetReactionsArgs = {}, options?: RequestOptions): ResponsePromise<GetReactionsResult, GetReactionsHeaders> {
    return getReactions(this, args, options);
  }

  /**
   * Every page of `getReactions`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getReactionsPages(args: GetReactionsArgs = {}, options?: RequestOptions): AsyncGenerator<GetReactionsResult, void, undefined> {
    return getReactionsPages(this, args, options);
  }

  /**
   * Every item of every page of `getReactions`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getReactionsItems(args: GetReactionsArgs = {}, options?: RequestOptions): AsyncGenerator<GetReactionsItem, void, undefined> {
    return getReactionsItems(this, args, options);
  }
}

// KnowledgeBaseApi (client.knowledgeBase): 8 operations.
/** openapi-typescript's type of GET /knowledge-base. */
export type GetAllKnowledgeBaseOperation = paths['/knowledge-base']['get'];
/** Arguments of `knowledgeBase.getAllKnowledgeBase`. */
export type GetAllKnowledgeBaseArgs = NonNullable<GetAllKnowledgeBaseOperation['parameters']['query']>;
/** What `knowledgeBase.getAllKnowledgeBase` resolves to. */
export type GetAllKnowledgeBaseResult = GetAllKnowledgeBaseOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.getAllKnowledgeBase`, thrown as `ApiError`. */
export type GetAllKnowledgeBaseError = never;
/** Documented headers of `knowledgeBase.getAllKnowledgeBase`'s success response, from `.withResponse()`. */
export type GetAllKnowledgeBaseHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetAllKnowledgeBaseSpec: OperationSpec = {
  id: 'getAllKnowledgeBase',
  method: 'get',
  path: '/knowledge-base',
  inQuery: ['offset', 'limit', 'type'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};
/** One item of `knowledgeBase.getAllKnowledgeBase`'s pages, as `getAllKnowledgeBaseItems()` yields them. */
export type GetAllKnowledgeBaseItem = NonNullable<GetAllKnowledgeBaseResult['data']>[number];
const GetAllKnowledgeBasePaging: Pagination = {
  style: 'offset',
  items: ['data'],
  offset: 'offset',
  limit: 'limit',
};

/**
 * List knowledge-base items
 *
 * Returns FAQ entries and document chunks of the AI knowledge base, one page at a time.
 *
 * `GET /knowledge-base`
 *
 * The same call as `client.knowledgeBase.getAllKnowledgeBase()`, importable alone.
 */
export function getAllKnowledgeBase(client: PeriskopeApiCore, args: GetAllKnowledgeBaseArgs = {}, options?: RequestOptions): ResponsePromise<GetAllKnowledgeBaseResult, GetAllKnowledgeBaseHeaders> {
  return client.transport.call(GetAllKnowledgeBaseSpec, args, options) as ResponsePromise<GetAllKnowledgeBaseResult, GetAllKnowledgeBaseHeaders>;
}

/**
 * Every page of `getAllKnowledgeBase`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.knowledgeBase.getAllKnowledgeBasePages()`, importable alone.
 */
export function getAllKnowledgeBasePages(client: PeriskopeApiCore, args: GetAllKnowledgeBaseArgs = {}, options?: RequestOptions): AsyncGenerator<GetAllKnowledgeBaseResult, void, undefined> {
  return paginatePages((pageArgs, pageOptions) => client.transport.call(GetAllKnowledgeBaseSpec, pageArgs, pageOptions), args, options, GetAllKnowledgeBasePaging) as AsyncGenerator<GetAllKnowledgeBaseResult, void, undefined>;
}

/**
 * Every item of every page of `getAllKnowledgeBase`, starting from `args`.
 *
 * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
 *
 * The same call as `client.knowledgeBase.getAllKnowledgeBaseItems()`, importable alone.
 */
export function getAllKnowledgeBaseItems(client: PeriskopeApiCore, args: GetAllKnowledgeBaseArgs = {}, options?: RequestOptions): AsyncGenerator<GetAllKnowledgeBaseItem, void, undefined> {
  return paginateItems((pageArgs, pageOptions) => client.transport.call(GetAllKnowledgeBaseSpec, pageArgs, pageOptions), args, options, GetAllKnowledgeBasePaging) as AsyncGenerator<GetAllKnowledgeBaseItem, void, undefined>;
}

/** openapi-typescript's type of GET /knowledge-base/faq/{context_id}. */
export type GetKnowledgeBaseFaqByContextIdOperation = paths['/knowledge-base/faq/{context_id}']['get'];
/** Arguments of `knowledgeBase.getKnowledgeBaseFaqByContextId`. */
export type GetKnowledgeBaseFaqByContextIdArgs = GetKnowledgeBaseFaqByContextIdOperation['parameters']['path'];
/** What `knowledgeBase.getKnowledgeBaseFaqByContextId` resolves to. */
export type GetKnowledgeBaseFaqByContextIdResult = GetKnowledgeBaseFaqByContextIdOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.getKnowledgeBaseFaqByContextId`, thrown as `ApiError`. */
export type GetKnowledgeBaseFaqByContextIdError = never;
/** Documented headers of `knowledgeBase.getKnowledgeBaseFaqByContextId`'s success response, from `.withResponse()`. */
export type GetKnowledgeBaseFaqByContextIdHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetKnowledgeBaseFaqByContextIdSpec: OperationSpec = {
  id: 'getKnowledgeBaseFaqByContextId',
  method: 'get',
  path: '/knowledge-base/faq/{context_id}',
  inPath: ['context_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Get an FAQ entry
 *
 * Returns one FAQ entry.
 *
 * `GET /knowledge-base/faq/{context_id}`
 *
 * The same call as `client.knowledgeBase.getKnowledgeBaseFaqByContextId()`, importable alone.
 */
export function getKnowledgeBaseFaqByContextId(client: PeriskopeApiCore, args: GetKnowledgeBaseFaqByContextIdArgs, options?: RequestOptions): ResponsePromise<GetKnowledgeBaseFaqByContextIdResult, GetKnowledgeBaseFaqByContextIdHeaders> {
  return client.transport.call(GetKnowledgeBaseFaqByContextIdSpec, args, options) as ResponsePromise<GetKnowledgeBaseFaqByContextIdResult, GetKnowledgeBaseFaqByContextIdHeaders>;
}

/** openapi-typescript's type of DELETE /knowledge-base/faq/{context_id}. */
export type DeleteFaqOperation = paths['/knowledge-base/faq/{context_id}']['delete'];
/** Arguments of `knowledgeBase.deleteFaq`. */
export type DeleteFaqArgs = DeleteFaqOperation['parameters']['path'];
/** What `knowledgeBase.deleteFaq` resolves to. */
export type DeleteFaqResult = DeleteFaqOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.deleteFaq`, thrown as `ApiError`. */
export type DeleteFaqError = never;
/** Documented headers of `knowledgeBase.deleteFaq`'s success response, from `.withResponse()`. */
export type DeleteFaqHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const DeleteFaqSpec: OperationSpec = {
  id: 'deleteFaq',
  method: 'delete',
  path: '/knowledge-base/faq/{context_id}',
  inPath: ['context_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Delete an FAQ entry
 *
 * Removes one FAQ entry.
 *
 * `DELETE /knowledge-base/faq/{context_id}`
 *
 * The same call as `client.knowledgeBase.deleteFaq()`, importable alone.
 */
export function deleteFaq(client: PeriskopeApiCore, args: DeleteFaqArgs, options?: RequestOptions): ResponsePromise<DeleteFaqResult, DeleteFaqHeaders> {
  return client.transport.call(DeleteFaqSpec, args, options) as ResponsePromise<DeleteFaqResult, DeleteFaqHeaders>;
}

/** openapi-typescript's type of PATCH /knowledge-base/faq/{context_id}. */
export type UpdateFaqOperation = paths['/knowledge-base/faq/{context_id}']['patch'];
/** Arguments of `knowledgeBase.updateFaq`. */
export type UpdateFaqArgs = UpdateFaqOperation['parameters']['path'] & NonNullable<UpdateFaqOperation['requestBody']>['content']['application/json'];
/** What `knowledgeBase.updateFaq` resolves to. */
export type UpdateFaqResult = UpdateFaqOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.updateFaq`, thrown as `ApiError`. */
export type UpdateFaqError = never;
/** Documented headers of `knowledgeBase.updateFaq`'s success response, from `.withResponse()`. */
export type UpdateFaqHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const UpdateFaqSpec: OperationSpec = {
  id: 'updateFaq',
  method: 'patch',
  path: '/knowledge-base/faq/{context_id}',
  inPath: ['context_id'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Update an FAQ entry
 *
 * Replaces the question, answer and attachments of an FAQ entry; its embedding is computed again.
 *
 * `PATCH /knowledge-base/faq/{context_id}`
 *
 * The same call as `client.knowledgeBase.updateFaq()`, importable alone.
 */
export function updateFaq(client: PeriskopeApiCore, args: UpdateFaqArgs, options?: RequestOptions): ResponsePromise<UpdateFaqResult, UpdateFaqHeaders> {
  return client.transport.call(UpdateFaqSpec, args, options) as ResponsePromise<UpdateFaqResult, UpdateFaqHeaders>;
}

/** openapi-typescript's type of GET /knowledge-base/document/{document_id}. */
export type GetKnowledgeBaseDocumentByDocumentIdOperation = paths['/knowledge-base/document/{document_id}']['get'];
/** Arguments of `knowledgeBase.getKnowledgeBaseDocumentByDocumentId`. */
export type GetKnowledgeBaseDocumentByDocumentIdArgs = GetKnowledgeBaseDocumentByDocumentIdOperation['parameters']['path'];
/** What `knowledgeBase.getKnowledgeBaseDocumentByDocumentId` resolves to. */
export type GetKnowledgeBaseDocumentByDocumentIdResult = GetKnowledgeBaseDocumentByDocumentIdOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.getKnowledgeBaseDocumentByDocumentId`, thrown as `ApiError`. */
export type GetKnowledgeBaseDocumentByDocumentIdError = never;
/** Documented headers of `knowledgeBase.getKnowledgeBaseDocumentByDocumentId`'s success response, from `.withResponse()`. */
export type GetKnowledgeBaseDocumentByDocumentIdHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetKnowledgeBaseDocumentByDocumentIdSpec: OperationSpec = {
  id: 'getKnowledgeBaseDocumentByDocumentId',
  method: 'get',
  path: '/knowledge-base/document/{document_id}',
  inPath: ['document_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Get a document
 *
 * Returns every stored chunk of one knowledge-base document.
 *
 * `GET /knowledge-base/document/{document_id}`
 *
 * The same call as `client.knowledgeBase.getKnowledgeBaseDocumentByDocumentId()`, importable alone.
 */
export function getKnowledgeBaseDocumentByDocumentId(client: PeriskopeApiCore, args: GetKnowledgeBaseDocumentByDocumentIdArgs, options?: RequestOptions): ResponsePromise<GetKnowledgeBaseDocumentByDocumentIdResult, GetKnowledgeBaseDocumentByDocumentIdHeaders> {
  return client.transport.call(GetKnowledgeBaseDocumentByDocumentIdSpec, args, options) as ResponsePromise<GetKnowledgeBaseDocumentByDocumentIdResult, GetKnowledgeBaseDocumentByDocumentIdHeaders>;
}

/** openapi-typescript's type of DELETE /knowledge-base/document/{document_id}. */
export type DeleteDocumentOperation = paths['/knowledge-base/document/{document_id}']['delete'];
/** Arguments of `knowledgeBase.deleteDocument`. */
export type DeleteDocumentArgs = DeleteDocumentOperation['parameters']['path'];
/** What `knowledgeBase.deleteDocument` resolves to. */
export type DeleteDocumentResult = DeleteDocumentOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.deleteDocument`, thrown as `ApiError`. */
export type DeleteDocumentError = never;
/** Documented headers of `knowledgeBase.deleteDocument`'s success response, from `.withResponse()`. */
export type DeleteDocumentHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const DeleteDocumentSpec: OperationSpec = {
  id: 'deleteDocument',
  method: 'delete',
  path: '/knowledge-base/document/{document_id}',
  inPath: ['document_id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Delete a document
 *
 * Removes a document and all its chunks from the knowledge base.
 *
 * `DELETE /knowledge-base/document/{document_id}`
 *
 * The same call as `client.knowledgeBase.deleteDocument()`, importable alone.
 */
export function deleteDocument(client: PeriskopeApiCore, args: DeleteDocumentArgs, options?: RequestOptions): ResponsePromise<DeleteDocumentResult, DeleteDocumentHeaders> {
  return client.transport.call(DeleteDocumentSpec, args, options) as ResponsePromise<DeleteDocumentResult, DeleteDocumentHeaders>;
}

/** openapi-typescript's type of POST /knowledge-base/faq/create. */
export type CreateFaqOperation = paths['/knowledge-base/faq/create']['post'];
/** Arguments of `knowledgeBase.createFaq`. */
export type CreateFaqArgs = NonNullable<CreateFaqOperation['requestBody']>['content']['application/json'];
/** What `knowledgeBase.createFaq` resolves to. */
export type CreateFaqResult = CreateFaqOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.createFaq`, thrown as `ApiError`. */
export type CreateFaqError = never;
/** Documented headers of `knowledgeBase.createFaq`'s success response, from `.withResponse()`. */
export type CreateFaqHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const CreateFaqSpec: OperationSpec = {
  id: 'createFaq',
  method: 'post',
  path: '/knowledge-base/faq/create',
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Create an FAQ entry
 *
 * Adds a question and answer to the knowledge base.
 *
 * `POST /knowledge-base/faq/create`
 *
 * The same call as `client.knowledgeBase.createFaq()`, importable alone.
 */
export function createFaq(client: PeriskopeApiCore, args: CreateFaqArgs, options?: RequestOptions): ResponsePromise<CreateFaqResult, CreateFaqHeaders> {
  return client.transport.call(CreateFaqSpec, args, options) as ResponsePromise<CreateFaqResult, CreateFaqHeaders>;
}

/** openapi-typescript's type of POST /knowledge-base/document/create. */
export type CreateDocumentOperation = paths['/knowledge-base/document/create']['post'];
/** Arguments of `knowledgeBase.createDocument`. */
export type CreateDocumentArgs = NonNullable<CreateDocumentOperation['requestBody']>['content']['application/json'];
/** What `knowledgeBase.createDocument` resolves to. */
export type CreateDocumentResult = CreateDocumentOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `knowledgeBase.createDocument`, thrown as `ApiError`. */
export type CreateDocumentError = never;
/** Documented headers of `knowledgeBase.createDocument`'s success response, from `.withResponse()`. */
export type CreateDocumentHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const CreateDocumentSpec: OperationSpec = {
  id: 'createDocument',
  method: 'post',
  path: '/knowledge-base/document/create',
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Add a document
 *
 * Adds a document to the knowledge base from a URL or base64 content; it is split into chunks.
 *
 * `POST /knowledge-base/document/create`
 *
 * The same call as `client.knowledgeBase.createDocument()`, importable alone.
 */
export function createDocument(client: PeriskopeApiCore, args: CreateDocumentArgs, options?: RequestOptions): ResponsePromise<CreateDocumentResult, CreateDocumentHeaders> {
  return client.transport.call(CreateDocumentSpec, args, options) as ResponsePromise<CreateDocumentResult, CreateDocumentHeaders>;
}

/** Operations tagged `knowledge base`. */
export class KnowledgeBaseApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.knowledgeBase`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * List knowledge-base items
   *
   * Returns FAQ entries and document chunks of the AI knowledge base, one page at a time.
   *
   * `GET /knowledge-base`
   */
  getAllKnowledgeBase(args: GetAllKnowledgeBaseArgs = {}, options?: RequestOptions): ResponsePromise<GetAllKnowledgeBaseResult, GetAllKnowledgeBaseHeaders> {
    return getAllKnowledgeBase(this, args, options);
  }

  /**
   * Every page of `getAllKnowledgeBase`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getAllKnowledgeBasePages(args: GetAllKnowledgeBaseArgs = {}, options?: RequestOptions): AsyncGenerator<GetAllKnowledgeBaseResult, void, undefined> {
    return getAllKnowledgeBasePages(this, args, options);
  }

  /**
   * Every item of every page of `getAllKnowledgeBase`, starting from `args`.
   *
   * Pages moving `offset` by the items received, until a page has fewer than `limit` items (or none). Use with `for await`.
   */
  getAllKnowledgeBaseItems(args: GetAllKnowledgeBaseArgs = {}, options?: RequestOptions): AsyncGenerator<GetAllKnowledgeBaseItem, void, undefined> {
    return getAllKnowledgeBaseItems(this, args, options);
  }

  /**
   * Get an FAQ entry
   *
   * Returns one FAQ entry.
   *
   * `GET /knowledge-base/faq/{context_id}`
   */
  getKnowledgeBaseFaqByContextId(args: GetKnowledgeBaseFaqByContextIdArgs, options?: RequestOptions): ResponsePromise<GetKnowledgeBaseFaqByContextIdResult, GetKnowledgeBaseFaqByContextIdHeaders> {
    return getKnowledgeBaseFaqByContextId(this, args, options);
  }

  /**
   * Delete an FAQ entry
   *
   * Removes one FAQ entry.
   *
   * `DELETE /knowledge-base/faq/{context_id}`
   */
  deleteFaq(args: DeleteFaqArgs, options?: RequestOptions): ResponsePromise<DeleteFaqResult, DeleteFaqHeaders> {
    return deleteFaq(this, args, options);
  }

  /**
   * Update an FAQ entry
   *
   * Replaces the question, answer and attachments of an FAQ entry; its embedding is computed again.
   *
   * `PATCH /knowledge-base/faq/{context_id}`
   */
  updateFaq(args: UpdateFaqArgs, options?: RequestOptions): ResponsePromise<UpdateFaqResult, UpdateFaqHeaders> {
    return updateFaq(this, args, options);
  }

  /**
   * Get a document
   *
   * Returns every stored chunk of one knowledge-base document.
   *
   * `GET /knowledge-base/document/{document_id}`
   */
  getKnowledgeBaseDocumentByDocumentId(args: GetKnowledgeBaseDocumentByDocumentIdArgs, options?: RequestOptions): ResponsePromise<GetKnowledgeBaseDocumentByDocumentIdResult, GetKnowledgeBaseDocumentByDocumentIdHeaders> {
    return getKnowledgeBaseDocumentByDocumentId(this, args, options);
  }

  /**
   * Delete a document
   *
   * Removes a document and all its chunks from the knowledge base.
   *
   * `DELETE /knowledge-base/document/{document_id}`
   */
  deleteDocument(args: DeleteDocumentArgs, options?: RequestOptions): ResponsePromise<DeleteDocumentResult, DeleteDocumentHeaders> {
    return deleteDocument(this, args, options);
  }

  /**
   * Create an FAQ entry
   *
   * Adds a question and answer to the knowledge base.
   *
   * `POST /knowledge-base/faq/create`
   */
  createFaq(args: CreateFaqArgs, options?: RequestOptions): ResponsePromise<CreateFaqResult, CreateFaqHeaders> {
    return createFaq(this, args, options);
  }

  /**
   * Add a document
   *
   * Adds a document to the knowledge base from a URL or base64 content; it is split into chunks.
   *
   * `POST /knowledge-base/document/create`
   */
  createDocument(args: CreateDocumentArgs, options?: RequestOptions): ResponsePromise<CreateDocumentResult, CreateDocumentHeaders> {
    return createDocument(this, args, options);
  }
}

// WebhooksApi (client.webhooks): 5 operations.
/** openapi-typescript's type of GET /webhooks. */
export type ListWebhooksOperation = paths['/webhooks']['get'];
/** Arguments of `webhooks.listWebhooks`. */
export type ListWebhooksArgs = NonNullable<ListWebhooksOperation['parameters']['query']>;
/** What `webhooks.listWebhooks` resolves to. */
export type ListWebhooksResult = ListWebhooksOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `webhooks.listWebhooks`, thrown as `ApiError`. */
export type ListWebhooksError = never;
/** Documented headers of `webhooks.listWebhooks`'s success response, from `.withResponse()`. */
export type ListWebhooksHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const ListWebhooksSpec: OperationSpec = {
  id: 'listWebhooks',
  method: 'get',
  path: '/webhooks',
  inQuery: ['integration_name', 'type', 'is_subscribed', 'integration_id', 'hook_url'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * List webhooks
 *
 * Returns webhook subscriptions, optionally filtered.
 *
 * `GET /webhooks`
 *
 * The same call as `client.webhooks.listWebhooks()`, importable alone.
 */
export function listWebhooks(client: PeriskopeApiCore, args: ListWebhooksArgs = {}, options?: RequestOptions): ResponsePromise<ListWebhooksResult, ListWebhooksHeaders> {
  return client.transport.call(ListWebhooksSpec, args, options) as ResponsePromise<ListWebhooksResult, ListWebhooksHeaders>;
}

/** openapi-typescript's type of POST /webhooks. */
export type CreateWebhookOperation = paths['/webhooks']['post'];
/** Arguments of `webhooks.createWebhook`. */
export type CreateWebhookArgs = NonNullable<CreateWebhookOperation['requestBody']>['content']['application/json'];
/** What `webhooks.createWebhook` resolves to. */
export type CreateWebhookResult = CreateWebhookOperation['responses'][201]['content']['application/json'];
/** Documented error responses of `webhooks.createWebhook`, thrown as `ApiError`. */
export type CreateWebhookError = never;
/** Documented headers of `webhooks.createWebhook`'s success response, from `.withResponse()`. */
export type CreateWebhookHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const CreateWebhookSpec: OperationSpec = {
  id: 'createWebhook',
  method: 'post',
  path: '/webhooks',
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Create a webhook
 *
 * Subscribes a URL to one or more events. One subscription record is created per event. The receiver must accept unauthenticated POST requests.
 *
 * `POST /webhooks`
 *
 * The same call as `client.webhooks.createWebhook()`, importable alone.
 */
export function createWebhook(client: PeriskopeApiCore, args: CreateWebhookArgs, options?: RequestOptions): ResponsePromise<CreateWebhookResult, CreateWebhookHeaders> {
  return client.transport.call(CreateWebhookSpec, args, options) as ResponsePromise<CreateWebhookResult, CreateWebhookHeaders>;
}

/** openapi-typescript's type of GET /webhooks/{id}. */
export type GetWebhookByIdOperation = paths['/webhooks/{id}']['get'];
/** Arguments of `webhooks.getWebhookById`. */
export type GetWebhookByIdArgs = GetWebhookByIdOperation['parameters']['path'];
/** What `webhooks.getWebhookById` resolves to. */
export type GetWebhookByIdResult = GetWebhookByIdOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `webhooks.getWebhookById`, thrown as `ApiError`. */
export type GetWebhookByIdError = never;
/** Documented headers of `webhooks.getWebhookById`'s success response, from `.withResponse()`. */
export type GetWebhookByIdHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const GetWebhookByIdSpec: OperationSpec = {
  id: 'getWebhookById',
  method: 'get',
  path: '/webhooks/{id}',
  inPath: ['id'],
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Get a webhook
 *
 * Returns one webhook subscription.
 *
 * `GET /webhooks/{id}`
 *
 * The same call as `client.webhooks.getWebhookById()`, importable alone.
 */
export function getWebhookById(client: PeriskopeApiCore, args: GetWebhookByIdArgs, options?: RequestOptions): ResponsePromise<GetWebhookByIdResult, GetWebhookByIdHeaders> {
  return client.transport.call(GetWebhookByIdSpec, args, options) as ResponsePromise<GetWebhookByIdResult, GetWebhookByIdHeaders>;
}

/** openapi-typescript's type of DELETE /webhooks/{id}. */
export type DeleteWebhookOperation = paths['/webhooks/{id}']['delete'];
/** Arguments of `webhooks.deleteWebhook`. */
export type DeleteWebhookArgs = DeleteWebhookOperation['parameters']['path'];
/** What `webhooks.deleteWebhook` resolves to. */
export type DeleteWebhookResult = void;
/** Documented error responses of `webhooks.deleteWebhook`, thrown as `ApiError`. */
export type DeleteWebhookError = never;
/** Documented headers of `webhooks.deleteWebhook`'s success response, from `.withResponse()`. */
export type DeleteWebhookHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const DeleteWebhookSpec: OperationSpec = {
  id: 'deleteWebhook',
  method: 'delete',
  path: '/webhooks/{id}',
  inPath: ['id'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Delete a webhook
 *
 * Removes a webhook subscription.
 *
 * `DELETE /webhooks/{id}`
 *
 * The same call as `client.webhooks.deleteWebhook()`, importable alone.
 */
export function deleteWebhook(client: PeriskopeApiCore, args: DeleteWebhookArgs, options?: RequestOptions): ResponsePromise<DeleteWebhookResult, DeleteWebhookHeaders> {
  return client.transport.call(DeleteWebhookSpec, args, options) as ResponsePromise<DeleteWebhookResult, DeleteWebhookHeaders>;
}

/** openapi-typescript's type of PATCH /webhooks/{id}. */
export type UpdateWebhookOperation = paths['/webhooks/{id}']['patch'];
/** Arguments of `webhooks.updateWebhook`. */
export type UpdateWebhookArgs = UpdateWebhookOperation['parameters']['path'] & NonNullable<UpdateWebhookOperation['requestBody']>['content']['application/json'];
/** What `webhooks.updateWebhook` resolves to. */
export type UpdateWebhookResult = UpdateWebhookOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `webhooks.updateWebhook`, thrown as `ApiError`. */
export type UpdateWebhookError = never;
/** Documented headers of `webhooks.updateWebhook`'s success response, from `.withResponse()`. */
export type UpdateWebhookHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const UpdateWebhookSpec: OperationSpec = {
  id: 'updateWebhook',
  method: 'patch',
  path: '/webhooks/{id}',
  inPath: ['id'],
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Update a webhook
 *
 * Changes the URL, event, metadata, name or subscribed flag of a webhook subscription. Send at least one field.
 *
 * `PATCH /webhooks/{id}`
 *
 * The same call as `client.webhooks.updateWebhook()`, importable alone.
 */
export function updateWebhook(client: PeriskopeApiCore, args: UpdateWebhookArgs, options?: RequestOptions): ResponsePromise<UpdateWebhookResult, UpdateWebhookHeaders> {
  return client.transport.call(UpdateWebhookSpec, args, options) as ResponsePromise<UpdateWebhookResult, UpdateWebhookHeaders>;
}

/** Operations tagged `webhooks`. */
export class WebhooksApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.webhooks`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * List webhooks
   *
   * Returns webhook subscriptions, optionally filtered.
   *
   * `GET /webhooks`
   */
  listWebhooks(args: ListWebhooksArgs = {}, options?: RequestOptions): ResponsePromise<ListWebhooksResult, ListWebhooksHeaders> {
    return listWebhooks(this, args, options);
  }

  /**
   * Create a webhook
   *
   * Subscribes a URL to one or more events. One subscription record is created per event. The receiver must accept unauthenticated POST requests.
   *
   * `POST /webhooks`
   */
  createWebhook(args: CreateWebhookArgs, options?: RequestOptions): ResponsePromise<CreateWebhookResult, CreateWebhookHeaders> {
    return createWebhook(this, args, options);
  }

  /**
   * Get a webhook
   *
   * Returns one webhook subscription.
   *
   * `GET /webhooks/{id}`
   */
  getWebhookById(args: GetWebhookByIdArgs, options?: RequestOptions): ResponsePromise<GetWebhookByIdResult, GetWebhookByIdHeaders> {
    return getWebhookById(this, args, options);
  }

  /**
   * Delete a webhook
   *
   * Removes a webhook subscription.
   *
   * `DELETE /webhooks/{id}`
   */
  deleteWebhook(args: DeleteWebhookArgs, options?: RequestOptions): ResponsePromise<DeleteWebhookResult, DeleteWebhookHeaders> {
    return deleteWebhook(this, args, options);
  }

  /**
   * Update a webhook
   *
   * Changes the URL, event, metadata, name or subscribed flag of a webhook subscription. Send at least one field.
   *
   * `PATCH /webhooks/{id}`
   */
  updateWebhook(args: UpdateWebhookArgs, options?: RequestOptions): ResponsePromise<UpdateWebhookResult, UpdateWebhookHeaders> {
    return updateWebhook(this, args, options);
  }
}

// MembersApi (client.members): 3 operations.
/** openapi-typescript's type of DELETE /members/{id}. */
export type DeleteMemberOperation = paths['/members/{id}']['delete'];
/** Arguments of `members.deleteMember`. */
export type DeleteMemberArgs = DeleteMemberOperation['parameters']['path'];
/** What `members.deleteMember` resolves to. */
export type DeleteMemberResult = void;
/** Documented error responses of `members.deleteMember`, thrown as `ApiError`. */
export type DeleteMemberError = never;
/** Documented headers of `members.deleteMember`'s success response, from `.withResponse()`. */
export type DeleteMemberHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const DeleteMemberSpec: OperationSpec = {
  id: 'deleteMember',
  method: 'delete',
  path: '/members/{id}',
  inPath: ['id'],
  parseAs: 'none',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
};

/**
 * Remove a member
 *
 * Removes a member from the organisation.
 *
 * `DELETE /members/{id}`
 *
 * The same call as `client.members.deleteMember()`, importable alone.
 */
export function deleteMember(client: PeriskopeApiCore, args: DeleteMemberArgs, options?: RequestOptions): ResponsePromise<DeleteMemberResult, DeleteMemberHeaders> {
  return client.transport.call(DeleteMemberSpec, args, options) as ResponsePromise<DeleteMemberResult, DeleteMemberHeaders>;
}

/** openapi-typescript's type of POST /members/invite. */
export type InviteMembersOperation = paths['/members/invite']['post'];
/** Arguments of `members.inviteMembers`. */
export type InviteMembersArgs = NonNullable<InviteMembersOperation['requestBody']>['content']['application/json'];
/** What `members.inviteMembers` resolves to. */
export type InviteMembersResult = InviteMembersOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `members.inviteMembers`, thrown as `ApiError`. */
export type InviteMembersError = never;
/** Documented headers of `members.inviteMembers`'s success response, from `.withResponse()`. */
export type InviteMembersHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const InviteMembersSpec: OperationSpec = {
  id: 'inviteMembers',
  method: 'post',
  path: '/members/invite',
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Invite members
 *
 * Invites people by e-mail as admins or members. Members can be limited to some labels and phones; admins see everything.
 *
 * `POST /members/invite`
 *
 * The same call as `client.members.inviteMembers()`, importable alone.
 */
export function inviteMembers(client: PeriskopeApiCore, args: InviteMembersArgs, options?: RequestOptions): ResponsePromise<InviteMembersResult, InviteMembersHeaders> {
  return client.transport.call(InviteMembersSpec, args, options) as ResponsePromise<InviteMembersResult, InviteMembersHeaders>;
}

/** openapi-typescript's type of PATCH /members/access. */
export type UpdateMemberAccessOperation = paths['/members/access']['patch'];
/** Arguments of `members.updateMemberAccess`. */
export type UpdateMemberAccessArgs = NonNullable<UpdateMemberAccessOperation['requestBody']>['content']['application/json'];
/** What `members.updateMemberAccess` resolves to. */
export type UpdateMemberAccessResult = UpdateMemberAccessOperation['responses'][200]['content']['application/json'];
/** Documented error responses of `members.updateMemberAccess`, thrown as `ApiError`. */
export type UpdateMemberAccessError = never;
/** Documented headers of `members.updateMemberAccess`'s success response, from `.withResponse()`. */
export type UpdateMemberAccessHeaders = { 'X-RateLimit-Limit'?: number; 'X-RateLimit-Remaining'?: number; 'X-RateLimit-Reset'?: number; 'x-periskope-org-id'?: string; 'x-periskope-trace-id'?: string };
const UpdateMemberAccessSpec: OperationSpec = {
  id: 'updateMemberAccess',
  method: 'patch',
  path: '/members/access',
  body: 'flat',
  encoding: 'json',
  mediaType: 'application/json',
  parseAs: 'json',
  accept: 'application/json',
  security: [
    ['bearerAuth'],
  ],
  errors: [],
  responseHeaders: [
    ['X-RateLimit-Limit', 'number'],
    ['X-RateLimit-Remaining', 'number'],
    ['X-RateLimit-Reset', 'number'],
    ['x-periskope-org-id', 'string'],
    ['x-periskope-trace-id', 'string'],
  ],
  requestBody: requestBody,
};

/**
 * Update member access
 *
 * Sets which labels and phones several member-role users may see. null removes a restriction.
 *
 * `PATCH /members/access`
 *
 * The same call as `client.members.updateMemberAccess()`, importable alone.
 */
export function updateMemberAccess(client: PeriskopeApiCore, args: UpdateMemberAccessArgs, options?: RequestOptions): ResponsePromise<UpdateMemberAccessResult, UpdateMemberAccessHeaders> {
  return client.transport.call(UpdateMemberAccessSpec, args, options) as ResponsePromise<UpdateMemberAccessResult, UpdateMemberAccessHeaders>;
}

/** Operations tagged `members`. */
export class MembersApi {
  /** @internal */
  readonly transport: Transport;

  /** @internal Created by the client; use `client.members`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /**
   * Remove a member
   *
   * Removes a member from the organisation.
   *
   * `DELETE /members/{id}`
   */
  deleteMember(args: DeleteMemberArgs, options?: RequestOptions): ResponsePromise<DeleteMemberResult, DeleteMemberHeaders> {
    return deleteMember(this, args, options);
  }

  /**
   * Invite members
   *
   * Invites people by e-mail as admins or members. Members can be limited to some labels and phones; admins see everything.
   *
   * `POST /members/invite`
   */
  inviteMembers(args: InviteMembersArgs, options?: RequestOptions): ResponsePromise<InviteMembersResult, InviteMembersHeaders> {
    return inviteMembers(this, args, options);
  }

  /**
   * Update member access
   *
   * Sets which labels and phones several member-role users may see. null removes a restriction.
   *
   * `PATCH /members/access`
   */
  updateMemberAccess(args: UpdateMemberAccessArgs, options?: RequestOptions): ResponsePromise<UpdateMemberAccessResult, UpdateMemberAccessHeaders> {
    return updateMemberAccess(this, args, options);
  }
}

/**
 * The core of `PeriskopeApi` (which extends it), for the operations' standalone functions: `getContacts(core, args)`.
 *
 * A program that imports only this class and the functions it calls bundles only those operations.
 */
export class PeriskopeApiCore {
  /** @internal */
  readonly transport: Transport;

  constructor(options: ClientOptions = {}) {
    this.transport = new Transport(options, DEFAULT_BASE_URL, { name: 'PeriskopeApi', logEnv: 'PERISKOPE_LOG', requestIdHeaders: ['x-periskope-trace-id'], securitySchemes: SECURITY_SCHEMES });
  }
}

/** Typed client for Periskope API 1.0.0. */
export class PeriskopeApi extends PeriskopeApiCore {
  /** Operations tagged `contacts`. */
  readonly contacts: ContactsApi;
  /** Operations tagged `tickets`. */
  readonly tickets: TicketsApi;
  /** Operations tagged `phones`. */
  readonly phones: PhonesApi;
  /** Operations tagged `message`. */
  readonly message: MessageApi;
  /** Operations tagged `queue`. */
  readonly queue: QueueApi;
  /** Operations tagged `chats`. */
  readonly chats: ChatsApi;
  /** Operations tagged `group`. */
  readonly group: GroupApi;
  /** Operations tagged `notes`. */
  readonly notes: NotesApi;
  /** Operations tagged `reactions`. */
  readonly reactions: ReactionsApi;
  /** Operations tagged `knowledge base`. */
  readonly knowledgeBase: KnowledgeBaseApi;
  /** Operations tagged `webhooks`. */
  readonly webhooks: WebhooksApi;
  /** Operations tagged `members`. */
  readonly members: MembersApi;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.contacts = new ContactsApi(this.transport);
    this.tickets = new TicketsApi(this.transport);
    this.phones = new PhonesApi(this.transport);
    this.message = new MessageApi(this.transport);
    this.queue = new QueueApi(this.transport);
    this.chats = new ChatsApi(this.transport);
    this.group = new GroupApi(this.transport);
    this.notes = new NotesApi(this.transport);
    this.reactions = new ReactionsApi(this.transport);
    this.knowledgeBase = new KnowledgeBaseApi(this.transport);
    this.webhooks = new WebhooksApi(this.transport);
    this.members = new MembersApi(this.transport);
  }
}
