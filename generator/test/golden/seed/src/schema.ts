// Generated from periskope.yaml (sha256 8a761916ff1608d899122a16dcea9e9ce9968f1458322791cf11912321701e0b) by @periskope-tools/generator.
// Do not edit: change the spec and run `npm run generate`.
export interface paths {
  '/message/broadcast/{broadcast_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a  Broadcast
     * @description This endpoint is used to delete or stop a broadcast.
     *
     *     - If the broadcast hasn't started yet, it will be deleted and the credits for this broadcast won't be charged.
     *     - If it's currently sending, it will stop immediately. Any messages that haven't been sent yet will be cancelled, and the credits for them will be refunded.
     */
    delete: operations['cancelBroadcast'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  cancelBroadcast: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The `broadcast_id` returned when the broadcast was created. You have to provide the `broadcast_id` here in order to delete or stop it. */
        broadcast_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Broadcast was deleted or stopped successfully. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example b25192d5-2370-4a69-b844-aae5e2bfae92 */
            broadcast_id?: string;
            /**
             * @example deleted
             * @enum {string}
             */
            status?: 'deleted' | 'stopped';
          };
        };
      };
      /** @description Broadcast not found or does not belong to your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Broadcast is already in a terminal state and cannot be cancelled. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example CONFLICT_ERROR */
            status?: string;
            /** @example Broadcast is already stopped */
            message?: string;
            /** @example 409 */
            code?: number;
          };
        };
      };
    };
  };
}
