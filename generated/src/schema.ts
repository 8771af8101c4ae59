// Generated from periskope.yaml (sha256 476d8968880c1c97051931336c1dc4777b4347f25b3a5e8cf34332f5ba130f98) by @periskope-tools/generator.
// Do not edit: change the spec and run `npm run generate`.
export interface paths {
  '/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List contacts
     * @description Returns the organisation's contacts one page at a time.
     */
    get: operations['getContacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts/{contact_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a contact
     * @description Returns one contact, including the ids of the one-to-one chat and the groups it appears in.
     */
    get: operations['getContactById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a contact
     * @description Changes the Periskope-side name, the internal flag or the labels of a contact. The name on the phone itself is not touched. Send at least one field.
     */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/contacts/labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set labels on contacts
     * @description Replaces the labels of several contacts in one call. Existing labels on those contacts are removed.
     */
    patch: operations['updateContactLabels'];
    trace?: never;
  };
  '/contacts/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a contact
     * @description Adds a contact from a phone number and a name.
     */
    post: operations['createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List tickets
     * @description Returns tickets one page at a time.
     */
    get: operations['getTickets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a ticket
     * @description Opens a ticket on a chat, optionally tied to the message it is about.
     */
    post: operations['createTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{ticket_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a ticket
     * @description Returns a ticket with its chat, the message it was raised from and any attached messages.
     */
    get: operations['getTicketById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a ticket
     * @description Changes the subject, status, priority, assignee, due date or labels of a ticket. Send at least one field.
     */
    patch: operations['updateTicket'];
    trace?: never;
  };
  '/phones/all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List phones
     * @description Returns every WhatsApp number connected to the organisation.
     */
    get: operations['getAllPhones'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a phone
     * @description Returns the phone picked by the x-phone header. Without the header the call fails with 422.
     */
    get: operations['getPhone'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phones/qr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the login QR code
     * @description Returns the QR payload to scan from WhatsApp while the phone is disconnected. Reset the phone if no QR is available.
     */
    get: operations['getQr'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phones/update': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a phone
     * @description Renames the phone on WhatsApp, changes its picture or sets its labels. Phones on the WhatsApp Business app cannot be renamed. Send at least one field.
     */
    patch: operations['updatePhone'];
    trace?: never;
  };
  '/phones/resync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resync a phone
     * @description Starts a full re-synchronisation of chats and messages between the phone and Periskope.
     */
    post: operations['resyncPhone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phones/restart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restart a phone
     * @description Restarts the phone's session on the server; useful when the session is not open.
     */
    post: operations['restartPhone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phones/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset a phone
     * @description Logs the phone out so that a new QR code has to be scanned.
     */
    post: operations['resetPhone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phones/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a phone slot
     * @description Adds a new, not yet connected phone slot to the organisation.
     */
    post: operations['createPhone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/phones/delete': {
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
     * Delete a phone
     * @description Removes the phone picked by the x-phone header from the organisation.
     */
    delete: operations['deletePhone'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a message
     * @description Queues a text, media, reply or poll message for one chat. Sending to a new number opens the chat.
     */
    post: operations['sendMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/broadcast': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Broadcast a message
     * @description Queues one message for many chats, now or at a scheduled time. Per-chat variables can fill a template in the text.
     */
    post: operations['broadcastMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/{message_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a message
     * @description Returns one message by message id or queue id. A message still waiting in the queue is not found by its queue id yet.
     */
    get: operations['getMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/{message_id}/edit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Edit a message
     * @description Replaces the text of a message the phone sent a short while ago.
     */
    post: operations['editMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/{message_id}/forward': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Forward a message
     * @description Forwards an existing message to other chats.
     */
    post: operations['forwardMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/{message_id}/delete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete a message
     * @description Deletes a message, found by message id or queue id.
     */
    post: operations['deleteMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/{message_id}/react': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * React to a message
     * @description Puts an emoji reaction on a message.
     */
    post: operations['reactToMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/message/{message_id}/pin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pin or unpin a message
     * @description Pins a message in its chat, or unpins it.
     */
    post: operations['pinMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
  '/message/{unique_id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the delivery status of a message
     * @description Reports where a sent message is: queued, sent, delivered, read or failed. Use the unique_id returned by send or broadcast.
     */
    get: operations['getMessageStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get queue status
     * @description Summarises the phone's outgoing queue: whether it runs and how many jobs are active, pending, completed and failed (the last two over 24 hours).
     */
    get: operations['getQueueStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queue/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List queue jobs
     * @description Lists jobs of the outgoing queue, optionally only one job or the jobs of one broadcast.
     */
    get: operations['fetchQueueJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queue/broadcast': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get broadcast status
     * @description Reports progress and delivery and read figures of one broadcast.
     */
    get: operations['getBroadcastStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/queue/purge': {
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
     * Purge queued jobs
     * @description Drops waiting jobs: the given jobs, all jobs of a broadcast, or every job when no filter is given.
     */
    delete: operations['purgeQueue'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a chat as read
     * @description Marks every message of a chat as read.
     */
    post: operations['markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List chats
     * @description Returns chats one page at a time, optionally filtered by chat type, label and time window.
     */
    get: operations['listAllChats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List messages of all chats
     * @description Returns messages from every chat, newest first, one page at a time.
     */
    get: operations['listAllMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List notifications of all chats
     * @description Returns chat events (such as participants added or removed) from every chat, newest first.
     */
    get: operations['listAllNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a chat
     * @description Returns one chat.
     */
    get: operations['getChatById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a chat
     * @description Sets the assignee, labels or custom property values of a chat. Send at least one field.
     */
    patch: operations['updateChat'];
    trace?: never;
  };
  '/chats/{chat_id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List messages of a chat
     * @description Returns the messages of one chat, newest first, one page at a time.
     */
    get: operations['getMessagesInAChat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List notifications of a chat
     * @description Returns the events of one chat, newest first. Without x-phone, events seen by every phone the token can reach are returned.
     */
    get: operations['getNotificationsInAChat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set labels on chats
     * @description Replaces the labels of several chats in one call.
     */
    patch: operations['updateChatLabels'];
    trace?: never;
  };
  '/chats/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Override chat access
     * @description Grants or removes access to several chats for given members. With replace true the given map replaces all overrides; otherwise only the listed members change.
     */
    patch: operations['updateChatOverrideAccess'];
    trace?: never;
  };
  '/chats/custom-properties/update': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set custom properties on chats
     * @description Sets custom property values on many chats at once. Replaces the deprecated PATCH /chats/update_properties.
     */
    patch: operations['updateChatCustomProperties'];
    trace?: never;
  };
  '/chats/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a group
     * @description Creates a WhatsApp group with first participants and optional settings. Participants who cannot be added directly get an invite, unless force_add_participants is set. One-to-one chats need no creation call.
     */
    post: operations['createGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change group settings
     * @description Changes a group's name, description, picture or admin-only permissions. The connected phone must be a group admin.
     */
    post: operations['updateGroupSettings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew the group invite link
     * @description Creates a new invite link for a group; the old link stops working.
     */
    post: operations['refreshInvite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/accept-invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Join a group by invite
     * @description Makes the connected phone join a group using the code from an invite link.
     */
    post: operations['acceptGroupInvite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/add': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add participants
     * @description Adds people to a group. Those who cannot be added directly (not in contacts, or privacy settings) get an invite instead, unless force_add_participants is set. The result tells, per participant, whether it worked.
     */
    post: operations['addParticipantToGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/promote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Promote participants
     * @description Makes group participants admins. The result tells, per participant, whether it worked.
     */
    post: operations['promoteParticipantToAdmin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/demote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Demote participants
     * @description Removes admin rights from group participants. The result tells, per participant, whether it worked.
     */
    post: operations['demoteParticipantToMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove participants
     * @description Removes participants from a group. The result tells, per participant, whether it worked.
     */
    post: operations['removeParticipantFromGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Leave a group
     * @description Makes the connected phone leave a group.
     */
    post: operations['leaveGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/chats/{chat_id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List notes of a chat
     * @description Returns the private notes of one chat, newest first, one page at a time.
     */
    get: operations['getNotesByChat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/note/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a note
     * @description Adds a private note, seen only by teammates, to a chat. A note can carry media or reply to a message or note.
     */
    post: operations['createNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/note': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List notes
     * @description Returns private notes from the organisation's chats, newest first, one page at a time.
     */
    get: operations['getNotes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/note/{note_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a note
     * @description Returns one private note. Without x-phone the note is looked up across every phone the token can reach.
     */
    get: operations['getNoteById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List reactions
     * @description Returns reactions one page at a time, optionally for one chat or one message and within a time window.
     */
    get: operations['getReactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/knowledge-base': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List knowledge-base items
     * @description Returns FAQ entries and document chunks of the AI knowledge base, one page at a time.
     */
    get: operations['getAllKnowledgeBase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/knowledge-base/faq/{context_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an FAQ entry
     * @description Returns one FAQ entry.
     */
    get: operations['getKnowledgeBaseFaqByContextId'];
    put?: never;
    post?: never;
    /**
     * Delete an FAQ entry
     * @description Removes one FAQ entry.
     */
    delete: operations['deleteFaq'];
    options?: never;
    head?: never;
    /**
     * Update an FAQ entry
     * @description Replaces the question, answer and attachments of an FAQ entry; its embedding is computed again.
     */
    patch: operations['updateFaq'];
    trace?: never;
  };
  '/knowledge-base/document/{document_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a document
     * @description Returns every stored chunk of one knowledge-base document.
     */
    get: operations['getKnowledgeBaseDocumentByDocumentId'];
    put?: never;
    post?: never;
    /**
     * Delete a document
     * @description Removes a document and all its chunks from the knowledge base.
     */
    delete: operations['deleteDocument'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/knowledge-base/faq/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an FAQ entry
     * @description Adds a question and answer to the knowledge base.
     */
    post: operations['createFaq'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/knowledge-base/document/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a document
     * @description Adds a document to the knowledge base from a URL or base64 content; it is split into chunks.
     */
    post: operations['createDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhooks
     * @description Returns webhook subscriptions, optionally filtered.
     */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Create a webhook
     * @description Subscribes a URL to one or more events. One subscription record is created per event. The receiver must accept unauthenticated POST requests.
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook
     * @description Returns one webhook subscription.
     */
    get: operations['getWebhookById'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook
     * @description Removes a webhook subscription.
     */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /**
     * Update a webhook
     * @description Changes the URL, event, metadata, name or subscribed flag of a webhook subscription. Send at least one field.
     */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/members/{id}': {
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
     * Remove a member
     * @description Removes a member from the organisation.
     */
    delete: operations['deleteMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite members
     * @description Invites people by e-mail as admins or members. Members can be limited to some labels and phones; admins see everything.
     */
    post: operations['inviteMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update member access
     * @description Sets which labels and phones several member-role users may see. null removes a restriction.
     */
    patch: operations['updateMemberAccess'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Body of a 422 response: the request failed validation. */
    ValidationError: {
      /**
       * @description Machine-readable error code.
       * @example VALIDATION_ERROR
       */
      code: string;
      /**
       * @description Error class name.
       * @example Validation Error
       */
      name: string;
      /**
       * @description HTTP status, repeated in the body.
       * @example 422
       */
      status: number;
      /**
       * @description Human-readable summary.
       * @example Limit should be less than 2000
       */
      message: string;
      /**
       * @description Per-field problems, keyed by body field, query parameter or header name.
       * @example {
       *       "limit": {
       *         "message": "Limit should be less than 2000",
       *         "value": "10000"
       *       }
       *     }
       */
      fields?: {
        [key: string]: components['schemas']['ValidationErrorField'];
      };
    };
    ValidationErrorField: {
      /**
       * @description What is wrong with this field.
       * @example labels is missing
       */
      message: string;
      /**
       * @description The rejected value, as text.
       * @example 10000
       */
      value?: string;
    };
    /** @description Media attached to a message or note. */
    Media: {
      /**
       * @description Storage URL of the file.
       * @example https://storage.googleapis.com/periskope-media/919537851844/photo.jpg
       */
      path?: string;
      /**
       * @description MIME type.
       * @example image/jpeg
       */
      mimetype?: string;
      /**
       * @description File name.
       * @example photo.jpg
       */
      filename?: string;
      dimensions?: {
        /**
         * @description Width in pixels.
         * @example 1280
         */
        width?: number;
        /**
         * @description Height in pixels.
         * @example 720
         */
        height?: number;
        /**
         * @description Aspect ratio (width / height).
         * @example 1.78
         */
        ar?: number;
      };
      /**
       * @description Size in bytes.
       * @example 48213
       */
      size?: number;
      /**
       * @description Thumbnail (URL or base64).
       * @example https://storage.googleapis.com/periskope-media/919537851844/photo_thumb.jpg
       */
      thumbnail?: string;
      /**
       * @description Base64 file content, when sent inline.
       * @example data:image/jpeg;base64,/9j/4AAQSkZJRg==
       */
      filedata?: string;
      /**
       * @description Whether the file was compressed before sending.
       * @example false
       */
      compress?: boolean;
    };
    /** @description Flag state of a message (messages waiting for a reply). */
    MessageFlag: {
      /**
       * @description Whether the message is flagged.
       * @example true
       */
      status: boolean;
      /**
       * @description How the flag was cleared.
       * @example message
       * @enum {string}
       */
      response_type?: 'message' | 'reaction' | 'ticket' | 'manual';
      /**
       * @description Id of the message, reaction or ticket that cleared the flag.
       * @example true_919537851844@c.us_3EB0AB12CD34EF56
       */
      response_id?: string;
      /**
       * @description When the flag was cleared.
       * @example 2025-01-20T09:02:04+00:00
       */
      response_timestamp?: string;
      /**
       * @description Member who cleared the flag.
       * @example agent@example.com
       */
      response_email?: string;
      /**
       * @description Who or what flagged the message.
       * @example system
       */
      flagged_by?: string;
      /**
       * @description When the message was flagged.
       * @example 2025-01-20T08:52:04+00:00
       */
      flagged_at?: string;
      /**
       * @description Phone that answered.
       * @example 918527184400@c.us
       */
      response_phone?: string;
    };
    /** @description An emoji reaction on a message. */
    Reaction: {
      /**
       * @description Reaction id.
       * @example false_919537851844@c.us_3EB0C628A1B2C3D4E5F6_919537851844@c.us
       */
      reaction_id: string;
      /**
       * @description Id of the message that was reacted to.
       * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
       */
      message_id: string;
      /**
       * @description The emoji. Empty when a reaction was removed.
       * @example 👍
       */
      reaction?: string | null;
      /**
       * @description Who reacted.
       * @example 919537851844@c.us
       */
      sender_id?: string;
      /**
       * @description Chat of the message.
       * @example 919537851844@c.us
       */
      chat_id?: string | null;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id?: string;
      /**
       * @description Connected phone that saw the reaction.
       * @example 918527184400@c.us
       */
      org_phone?: string;
      /**
       * @description When the reaction was made (ISO 8601).
       * @example 2025-04-25T10:15:00+00:00
       */
      timestamp?: string | null;
      /**
       * @description Whether the reaction was seen.
       * @example true
       */
      read?: boolean | null;
      /**
       * @description Delivery state of the reaction.
       * @example 1
       */
      ack?: number | null;
      /**
       * @description Non-zero when the reacted message is not stored.
       * @example 0
       */
      orphan?: number | null;
      /**
       * @description Why the reaction is orphaned.
       * @example message_not_found
       */
      orphan_reason?: string | null;
      /** @description WhatsApp key of the reaction ({id, remote, from_me, serialized}). */
      id?: unknown;
      /** @description WhatsApp key of the reacted message. */
      msg_id?: unknown;
      /**
       * @description WhatsApp id of the reaction.
       * @example 3EB0D1E2F3A4B5C6D7E8
       */
      unique_id?: string | null;
    };
    /** @description A WhatsApp message as stored by Periskope. */
    Message: {
      /**
       * @description Message id: `<from_me>_<chat_id>_<WhatsApp id>`.
       * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
       */
      message_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description Connected phone that holds the message.
       * @example 918527184400@c.us
       */
      org_phone?: string;
      /**
       * @description Chat the message belongs to.
       * @example 919537851844@c.us
       */
      chat_id: string;
      /**
       * @description Kind of message.
       * @example chat
       * @enum {string}
       */
      message_type?: 'chat' | 'sticker' | 'image' | 'video' | 'document' | 'vcard' | 'multi_vcard' | 'audio' | 'ptt' | 'poll_creation' | 'location' | 'ciphertext';
      /**
       * @description Text, or the caption of a media message.
       * @example Hi from Periskope
       */
      body?: string | null;
      /**
       * @description Delivery state as a digit string (e.g. "1" sent, "2" delivered, "3" read, "4" played).
       * @example 3
       */
      ack?: string | null;
      /**
       * @description Sender inside a group.
       * @example 919537851844@c.us
       */
      author?: string | null;
      /**
       * @description Sender id.
       * @example 918527184400@c.us
       */
      from?: string | null;
      /**
       * @description Recipient id.
       * @example 919537851844@c.us
       */
      to?: string | null;
      /**
       * @description Whether the connected phone sent it.
       * @example true
       */
      from_me?: boolean | null;
      /**
       * @description Sender number, digits only.
       * @example 918527184400
       */
      sender_phone?: string | null;
      /**
       * @description When it was sent (ISO 8601).
       * @example 2025-01-20T08:52:04+00:00
       */
      timestamp?: string | null;
      /**
       * @description Last change (ISO 8601).
       * @example 2025-01-20T08:53:10+00:00
       */
      updated_at?: string | null;
      /** @description WhatsApp message key. Field names vary between snake_case and camelCase. */
      id?: ({
        /**
         * @description WhatsApp id.
         * @example 3EB0C628A1B2C3D4E5F6
         */
        id?: string;
        /**
         * @description Sent by the connected phone.
         * @example true
         */
        fromMe?: boolean;
        /**
         * @description Chat id.
         * @example 919537851844@c.us
         */
        remote?: string;
        /**
         * @description Full message id.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        _serialized?: string;
      } & {
        [key: string]: unknown;
      }) | null;
      /**
       * @description WhatsApp id of the message.
       * @example 3EB0C628A1B2C3D4E5F6
       */
      unique_id?: string | null;
      /**
       * @description WhatsApp id given when the message was sent.
       * @example 3EB0C628A1B2C3D4E5F6
       */
      sent_message_id?: string | null;
      /**
       * @description Member e-mail, or `api`, that sent it through Periskope.
       * @example api
       */
      performed_by?: string | null;
      /**
       * @description Id of the message this one replies to.
       * @example 3EB0885B2C9D8E7F6A5B
       */
      quoted_message_id?: string | null;
      /**
       * @description Whether it is a reply.
       * @example false
       */
      has_quoted_msg?: boolean | null;
      /**
       * @description Text before the last edit.
       * @example Hi from Periskop
       */
      prev_body?: string | null;
      /**
       * @description Whether it was deleted.
       * @example false
       */
      is_deleted?: boolean | null;
      /**
       * @description Whether it was forwarded.
       * @example false
       */
      is_forwarded?: boolean | null;
      /**
       * @description How many times it has been forwarded.
       * @example 0
       */
      forwarding_score?: number | null;
      /**
       * @description Whether media is attached.
       * @example false
       */
      has_media?: boolean | null;
      /** @description Attached media, when there is any. */
      media?: components['schemas']['Media'] | null;
      /**
       * @description WhatsApp media key.
       * @example k8H2x9mQ1pLr7Tz0vB3nC5dF6gJ4sA2wE8yU1iO0pQ=
       */
      media_key?: string | null;
      /**
       * @description Whether it was sent as part of a broadcast.
       * @example false
       */
      broadcast?: boolean | null;
      /**
       * @description Broadcast id, when sent by a broadcast.
       * @example b25192d5-2370-4a69-b844-aae5e2bfae92
       */
      broadcast_id?: string | null;
      /**
       * @description Ids mentioned in the text.
       * @example [
       *       "919537851844@c.us"
       *     ]
       */
      mentioned_ids?: string[] | null;
      /** @description Links found in the text. */
      links?: unknown;
      /** @description Location payload of a location message. */
      location?: unknown;
      /**
       * @description vCard texts of a contact message.
       * @example [
       *       "BEGIN:VCARD\nVERSION:3.0\nFN:Bharat\nEND:VCARD"
       *     ]
       */
      vcards?: string[] | null;
      /** @description Group invite payload. */
      invite_v4?: unknown;
      /**
       * @description Business order id.
       * @example 123456789
       */
      order_id?: string | null;
      /**
       * @description Whether it disappears.
       * @example false
       */
      is_ephemeral?: boolean | null;
      /**
       * @description Whether the video is a GIF.
       * @example false
       */
      is_gif?: boolean | null;
      /**
       * @description Whether it is starred.
       * @example false
       */
      is_starred?: boolean | null;
      /**
       * @description Whether it is a status update.
       * @example false
       */
      is_status?: boolean | null;
      /**
       * @description Whether it has reactions.
       * @example true
       */
      has_reaction?: boolean | null;
      /**
       * @description Device that sent it.
       * @example web
       */
      device_type?: string | null;
      /**
       * @description Length of an audio or video message, in seconds, as text.
       * @example 12
       */
      duration?: string | null;
      /**
       * @description WhatsApp token.
       * @example AbC123
       */
      token?: string | null;
      /** @description Per-recipient delivery and read receipts. */
      delivery_info?: {
        /**
         * @description Recipient id to delivery time (epoch ms).
         * @example {
         *       "919537851844@c.us": 1737363126000
         *     }
         */
        delivered?: {
          [key: string]: number;
        };
        /**
         * @description Recipient id to read time (epoch ms).
         * @example {
         *       "919537851844@c.us": 1737363186000
         *     }
         */
        read?: {
          [key: string]: number;
        };
        /**
         * @description Recipients that have not received it yet.
         * @example []
         */
        pending?: string[];
        /**
         * @description Number of recipients that received it.
         * @example 1
         */
        delivered_count?: number;
        /**
         * @description Number of recipients that read it.
         * @example 1
         */
        read_count?: number;
      } | null;
      /**
       * @description Whether the message is flagged.
       * @example false
       */
      flag_status?: boolean | null;
      /**
       * @description Seconds until a flagged message got an answer.
       * @example 120
       */
      flag_response_time?: number | null;
      /** @description Flag details. */
      flag_metadata?: components['schemas']['MessageFlag'] | null;
      /** @description Poll definition of a poll message. */
      poll_info?: {
        /**
         * @description Question.
         * @example Which slot suits you?
         */
        pollName?: string;
        /**
         * @description Choices.
         * @example [
         *       "Morning",
         *       "Evening"
         *     ]
         */
        pollOptions?: string[];
        options?: {
          /**
           * @description Whether several choices may be picked.
           * @example false
           */
          allowMultipleAnswers?: boolean;
          /** @description Poll secret bytes. */
          messageSecret?: number[] | null;
          /**
           * @description Caller-given poll id.
           * @example poll-12345
           */
          pollId?: string;
        };
      } | null;
      /** @description Votes per option: option name to a map of voter id to vote time. */
      poll_results?: {
        [key: string]: {
          [key: string]: string;
        };
      } | null;
      /** @description Reactions on the message. */
      reactions?: components['schemas']['Reaction'][];
      /**
       * @description Ticket the message is attached to.
       * @example BKT-001
       */
      message_ticket_id?: string | null;
      /** @description Extra raw data, such as translations. */
      raw_data?: ({
        /**
         * @example {
         *       "en": "Hi from Periskope"
         *     }
         */
        translations?: {
          [key: string]: string;
        };
      } & {
        [key: string]: unknown;
      }) | null;
      /** @description Full-text search vector (internal). */
      fts?: unknown;
      /**
       * @description True for private notes.
       * @example false
       */
      is_private_note?: boolean;
      /**
       * @description Search highlight score (internal).
       * @example 0
       */
      highlight?: number;
      /** @description Internal send payload (chat_id, message_type, body, media, options and so on). */
      message_payload?: {
        [key: string]: unknown;
      };
    };
    /** @description State of the AI agent on a chat. */
    ChatAIMetadata: {
      /**
       * @description Whether the agent is active.
       * @example true
       */
      is_active?: boolean;
      /**
       * @description Until when the agent is snoozed.
       * @example 2025-05-01T00:00:00+00:00
       */
      snooze_until?: string;
      /**
       * @description Agent state.
       * @example active
       * @enum {string}
       */
      activation_state?: 'active' | 'inactive' | 'snoozed' | 'thinking';
      /**
       * @description Whether the agent may answer.
       * @example true
       */
      is_agent_allowed?: boolean;
      /**
       * @description Whether the agent may flag.
       * @example true
       */
      is_flagging_allowed?: boolean;
    };
    /** @description A participant of a chat: contact fields plus the participant role. */
    ChatMember: {
      /**
       * @description Chat id.
       * @example 120363371308389685@g.us
       */
      chat_id: string;
      /**
       * @description Whether the participant is a group admin.
       * @example false
       */
      is_admin?: boolean | null;
      /**
       * @description Whether the participant created the group.
       * @example false
       */
      is_super_admin?: boolean | null;
      /**
       * @description Contact labels as a comma-separated string (ticket payloads).
       * @example vip,lead
       */
      contact_labels?: string | null;
      /**
       * @description WhatsApp id of the contact (`<digits>@c.us`).
       * @example 919537851844@c.us
       */
      contact_id: string;
      /**
       * @description Organisation id (UUID).
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id?: string;
      /**
       * @description Name stored in Periskope.
       * @example BK Local1
       */
      contact_name?: string | null;
      /**
       * @description Kind of account, for example `user` or `business`.
       * @example user
       */
      contact_type?: string | null;
      /**
       * @description Avatar colour. One of 15 palette colours: #B4876E, #A5B337, #06CF9C, #25D366, #02A698, #7D9EF1, #007BFC, #5E47DE, #7F66FF, #9333EA, #FA6533, #C4532D, #DC2626, #FF2E74, #DB2777.
       * @example #FA6533
       */
      contact_color?: string | null;
      /**
       * @description Profile picture URL.
       * @example https://cdn.example.com/avatars/919537851844.jpg
       */
      contact_image?: string | null;
      /**
       * @description Linked-device id of the contact, when known.
       * @example 102938475610293@lid
       */
      contact_lid?: string | null;
      /**
       * @description Internal contacts (teammates) are excluded from message flagging.
       * @example false
       */
      is_internal?: boolean | null;
      /**
       * @description Whether the contact was imported.
       * @example false
       */
      is_imported?: boolean | null;
      /**
       * @description Whether the number is saved in the phone's address book.
       * @example true
       */
      is_my_contact?: boolean | null;
      /**
       * @description Whether the number has a WhatsApp account.
       * @example true
       */
      is_wa_contact?: boolean | null;
      /**
       * @description Whether the contact is blocked.
       * @example false
       */
      is_blocked?: boolean | null;
      /**
       * @description Whether the contact is a WhatsApp Business account.
       * @example false
       */
      is_business?: boolean | null;
      /**
       * @description Whether the contact is an enterprise account.
       * @example false
       */
      is_enterprise?: boolean | null;
      /**
       * @description Whether the id belongs to a group.
       * @example false
       */
      is_group?: boolean | null;
      /**
       * @description Whether the contact is the connected phone itself.
       * @example false
       */
      is_me?: boolean | null;
      /**
       * @description Whether the id belongs to a person.
       * @example true
       */
      is_user?: boolean | null;
      /**
       * @description Label ids set on the contact, as a map of label id to `true`.
       * @example {
       *       "label-ukjqhqngnakncalm": true
       *     }
       */
      label_ids?: {
        [key: string]: boolean;
      };
      /**
       * @description Label names set on the contact.
       * @example [
       *       "label1"
       *     ]
       */
      labels?: string[];
      /**
       * @description Name saved on the phone.
       * @example Bharat
       */
      name?: string | null;
      /**
       * @description Phone number, digits only.
       * @example 919537851844
       */
      number?: string | null;
      /**
       * @description Name shown in Periskope.
       * @example BK Local1
       */
      periskope_name?: string | null;
      /**
       * @description Name the contact set on WhatsApp.
       * @example Bharat K
       */
      pushname?: string | null;
      /**
       * @description Short name saved on the phone.
       * @example Bharat
       */
      short_name?: string | null;
      /**
       * @description WhatsApp business verification level.
       * @example 0
       */
      verified_level?: number | null;
      /**
       * @description Verified business name.
       * @example Periskope
       */
      verified_name?: string | null;
      /** @description Business profile data, when the contact is a business. */
      business_profile?: unknown;
      /**
       * @description Last update time (ISO 8601).
       * @example 2025-01-22T05:41:15.303874+00:00
       */
      updated_at?: string | null;
      /**
       * @description Connected phone that sees this participant.
       * @example 918527184400@c.us
       */
      org_phone?: string;
    };
    /** @description A one-to-one chat or a group as seen by a connected phone. */
    Chat: {
      /**
       * @description Chat id: `<digits>@c.us` for a person, `<digits>@g.us` for a group.
       * @example 120363371308389685@g.us
       */
      chat_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description Connected phone the chat belongs to.
       * @example 918527184400@c.us
       */
      org_phone?: string | null;
      /**
       * @description Group name or contact name.
       * @example Periskope Support
       */
      chat_name?: string | null;
      /**
       * @description Kind of chat.
       * @example group
       * @enum {string}
       */
      chat_type: 'user' | 'group' | 'business' | 'unknown';
      /**
       * @description Picture URL.
       * @example https://cdn.example.com/groups/120363371308389685.jpg
       */
      chat_image?: string | null;
      /**
       * @description When Periskope first saw the chat (ISO 8601).
       * @example 2025-01-10T07:30:00+00:00
       */
      created_at?: string | null;
      /**
       * @description Last change (ISO 8601).
       * @example 2025-01-20T08:52:04+00:00
       */
      updated_at?: string | null;
      /**
       * @description E-mail of the member the chat is assigned to.
       * @example agent@example.com
       */
      assigned_to?: string | null;
      /**
       * @description Per-member access: member e-mail to true/false.
       * @example {
       *       "agent@example.com": true
       *     }
       */
      chat_access?: {
        [key: string]: boolean;
      } | null;
      /** @description Access overrides set with PATCH /chats/access. */
      override_chat_access?: unknown;
      /**
       * @description Label ids on the chat, as a map of label id to `true`.
       * @example {
       *       "label-kbvlbnvesomvgqpt": true
       *     }
       */
      label_ids?: {
        [key: string]: boolean;
      };
      /**
       * @description Label names on the chat (list and update responses).
       * @example [
       *       "chatlabel1",
       *       "chatlabel2"
       *     ]
       */
      labels?: string[];
      /**
       * @description Label names as one comma-separated string (ticket payloads).
       * @example chatlabel1,chatlabel2
       */
      chat_labels?: string | null;
      /** @description Participants, keyed by contact id. */
      members?: {
        [key: string]: components['schemas']['ChatMember'];
      } | null;
      /**
       * @description Number of participants.
       * @example 3
       */
      member_count?: number | null;
      /** @description Most recent message, when there is one. */
      latest_message?: components['schemas']['Message'] | null;
      /**
       * @description Time of the latest message (epoch ms).
       * @example 1737363124000
       */
      latest_message_timestamp?: number | null;
      /**
       * @description Latest message time per connected phone.
       * @example {
       *       "918527184400@c.us": 1737363124000
       *     }
       */
      latest_message_timestamp_map?: {
        [key: string]: number;
      };
      /**
       * @description Unread messages.
       * @example 0
       */
      message_unread_count?: number | null;
      /**
       * @description Unread messages per member.
       * @example {
       *       "agent@example.com": 0
       *     }
       */
      unread_count?: {
        [key: string]: number;
      };
      /**
       * @description Unread messages per member.
       * @example {
       *       "agent@example.com": 0
       *     }
       */
      member_unread_count?: {
        [key: string]: number;
      };
      /**
       * @description Group invite link.
       * @example https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA
       */
      invite_link?: string | null;
      /**
       * @description Group description.
       * @example Customer support group
       */
      group_description?: string | null;
      /**
       * @description Only admins may edit group info.
       * @example false
       */
      info_admins_only?: boolean | null;
      /**
       * @description Only admins may send messages.
       * @example false
       */
      messages_admins_only?: boolean | null;
      /**
       * @description Only admins may add participants.
       * @example true
       */
      add_members_admins_only?: boolean | null;
      /** @description Docs-only field; examples show the string "false". */
      member_add_mode?: unknown;
      /**
       * @description Whether the chat is muted.
       * @example false
       */
      is_muted?: boolean | null;
      /**
       * @description Whether the phone left the group.
       * @example false
       */
      is_exited?: boolean | null;
      /**
       * @description Whether the chat is archived.
       * @example false
       */
      is_archived?: boolean | null;
      /**
       * @description Whether the chat is pinned.
       * @example false
       */
      is_pinned?: boolean | null;
      /**
       * @description When the chat was closed (epoch ms).
       * @example 1737363300000
       */
      closed_at?: number | null;
      /**
       * @description When each member closed the chat (epoch ms).
       * @example {
       *       "agent@example.com": 1737363300000
       *     }
       */
      member_closed_at?: {
        [key: string]: number;
      };
      /**
       * @description Groups shared with this contact (one-to-one chats).
       * @example [
       *       "120363371308389685@g.us"
       *     ]
       */
      common_chats?: string[];
      /**
       * @description Connected phones that see this chat.
       * @example [
       *       "918527184400@c.us"
       *     ]
       */
      chat_org_phones?: string[];
      /**
       * @description Phone used to answer in this chat.
       * @example 918527184400@c.us
       */
      active_phone?: string | null;
      /**
       * @description Custom property values, keyed by property id (`property-...`).
       * @example {
       *       "property-tlkudzxmhjkgoktm": "hello"
       *     }
       */
      custom_properties?: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Flagged messages in the chat.
       * @example 0
       */
      flag_count?: number | null;
      /**
       * @description Flagged messages per phone.
       * @example {
       *       "918527184400@c.us": 0
       *     }
       */
      flag_count_map?: {
        [key: string]: number;
      };
      /** @description Pinned messages. */
      pinned_messages?: {
        /**
         * @description Pinned message.
         * @example true_120363371308389685@g.us_3EB0F754E67BDF31
         */
        message_id: string;
        /**
         * @description When it was pinned (epoch ms).
         * @example 1737363124000
         */
        pinned_at: number;
        /**
         * @description When the pin ends (epoch ms).
         * @example 1739955124000
         */
        expires_at: number;
      }[];
      /** @description Snooze state of the chat. */
      snooze_metadata?: {
        /**
         * @description Snoozed until (epoch ms).
         * @example 1737449524000
         */
        snooze_until: number;
        /**
         * @description Note shown when the snooze ends.
         * @example Follow up on the quote
         */
        snooze_message?: string;
        /**
         * @description Member who snoozed.
         * @example agent@example.com
         */
        snooze_by?: string;
      } | null;
      /** @description Raw WhatsApp group metadata. */
      group_metadata?: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Community the group belongs to.
       * @example 120363000000000001@g.us
       */
      parent_community_id?: string | null;
      /**
       * @description Who started the chat.
       * @example 918527184400@c.us
       */
      initiated_by?: string | null;
      /**
       * @description Last time the phone was mentioned.
       * @example 2025-01-20T08:52:04+00:00
       */
      latest_mention_at?: string | null;
      /** @description HubSpot link, when the integration is on. */
      hubspot_metadata?: {
        /**
         * @description HubSpot object id.
         * @example 1234567
         */
        id?: string;
        /**
         * @description HubSpot object type.
         * @example contact
         */
        type?: string;
        /**
         * @description HubSpot portal id.
         * @example 24680
         */
        hubId?: string;
        /** @description HubSpot object data. */
        object_data?: {
          [key: string]: unknown;
        };
      } | null;
      /** @description Freshdesk link data. */
      freshdesk_metadata?: {
        [key: string]: unknown;
      } | null;
      /** @description Zoho Desk link data. */
      zohodesk_metadata?: {
        [key: string]: unknown;
      } | null;
      /** @description Zoho CRM link data. */
      zohocrm_metadata?: {
        [key: string]: unknown;
      } | null;
      /** @description AI agent state. */
      ai_metadata?: components['schemas']['ChatAIMetadata'] | null;
    };
    /** @description A WhatsApp contact known to the organisation. */
    Contact: {
      /**
       * @description WhatsApp id of the contact (`<digits>@c.us`).
       * @example 919537851844@c.us
       */
      contact_id: string;
      /**
       * @description Organisation id (UUID).
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description Name stored in Periskope.
       * @example BK Local1
       */
      contact_name?: string | null;
      /**
       * @description Kind of account, for example `user` or `business`.
       * @example user
       */
      contact_type?: string | null;
      /**
       * @description Avatar colour. One of 15 palette colours: #B4876E, #A5B337, #06CF9C, #25D366, #02A698, #7D9EF1, #007BFC, #5E47DE, #7F66FF, #9333EA, #FA6533, #C4532D, #DC2626, #FF2E74, #DB2777.
       * @example #FA6533
       */
      contact_color?: string | null;
      /**
       * @description Profile picture URL.
       * @example https://cdn.example.com/avatars/919537851844.jpg
       */
      contact_image?: string | null;
      /**
       * @description Linked-device id of the contact, when known.
       * @example 102938475610293@lid
       */
      contact_lid?: string | null;
      /**
       * @description Internal contacts (teammates) are excluded from message flagging.
       * @example false
       */
      is_internal?: boolean | null;
      /**
       * @description Whether the contact was imported.
       * @example false
       */
      is_imported?: boolean | null;
      /**
       * @description Whether the number is saved in the phone's address book.
       * @example true
       */
      is_my_contact?: boolean | null;
      /**
       * @description Whether the number has a WhatsApp account.
       * @example true
       */
      is_wa_contact?: boolean | null;
      /**
       * @description Whether the contact is blocked.
       * @example false
       */
      is_blocked?: boolean | null;
      /**
       * @description Whether the contact is a WhatsApp Business account.
       * @example false
       */
      is_business?: boolean | null;
      /**
       * @description Whether the contact is an enterprise account.
       * @example false
       */
      is_enterprise?: boolean | null;
      /**
       * @description Whether the id belongs to a group.
       * @example false
       */
      is_group?: boolean | null;
      /**
       * @description Whether the contact is the connected phone itself.
       * @example false
       */
      is_me?: boolean | null;
      /**
       * @description Whether the id belongs to a person.
       * @example true
       */
      is_user?: boolean | null;
      /**
       * @description Label ids set on the contact, as a map of label id to `true`.
       * @example {
       *       "label-ukjqhqngnakncalm": true
       *     }
       */
      label_ids?: {
        [key: string]: boolean;
      };
      /**
       * @description Label names set on the contact.
       * @example [
       *       "label1"
       *     ]
       */
      labels?: string[];
      /**
       * @description Name saved on the phone.
       * @example Bharat
       */
      name?: string | null;
      /**
       * @description Phone number, digits only.
       * @example 919537851844
       */
      number?: string | null;
      /**
       * @description Name shown in Periskope.
       * @example BK Local1
       */
      periskope_name?: string | null;
      /**
       * @description Name the contact set on WhatsApp.
       * @example Bharat K
       */
      pushname?: string | null;
      /**
       * @description Short name saved on the phone.
       * @example Bharat
       */
      short_name?: string | null;
      /**
       * @description WhatsApp business verification level.
       * @example 0
       */
      verified_level?: number | null;
      /**
       * @description Verified business name.
       * @example Periskope
       */
      verified_name?: string | null;
      /** @description Business profile data, when the contact is a business. */
      business_profile?: unknown;
      /**
       * @description Last update time (ISO 8601).
       * @example 2025-01-22T05:41:15.303874+00:00
       */
      updated_at?: string | null;
      /**
       * @description Chats the contact is in (one-to-one and groups).
       * @example [
       *       "120363231636311517@g.us",
       *       "919537851844@c.us"
       *     ]
       */
      chat_ids?: string[];
      /** @description Chats of the contact, when expanded. */
      chats?: components['schemas']['Chat'][] | null;
    };
    /** @description A chat event such as a participant being added or removed. */
    Notification: {
      /**
       * @description Notification id.
       * @example true_120363371308389685@g.us_2419806573_918527184400@c.us_remove
       */
      notification_id: string;
      /**
       * @description Event type, for example `add` or `remove`.
       * @example remove
       */
      type?: string | null;
      /**
       * @description Who caused the event.
       * @example 918527184400@c.us
       */
      author?: string | null;
      /**
       * @description Text of the event, if any.
       * @example removed 919537851844
       */
      body?: string | null;
      /**
       * @description Chat of the event.
       * @example 120363371308389685@g.us
       */
      chat_id?: string | null;
      /**
       * @description Participants the event is about.
       * @example [
       *       "919537851844@c.us"
       *     ]
       */
      recipientids?: string[] | null;
      /**
       * @description When it happened (ISO 8601).
       * @example 2025-01-21T10:00:00+00:00
       */
      timestamp?: string | null;
      /** @description WhatsApp key of the event ({fromMe, id, remote, serialized}). */
      id?: unknown;
      /** @description Extra event data. */
      metadata?: unknown;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id?: string;
      /**
       * @description Connected phone that saw the event.
       * @example 918527184400@c.us
       */
      org_phone?: string;
      /**
       * @description WhatsApp id of the event.
       * @example 2419806573
       */
      unique_id?: string | null;
    };
    /** @description A private note on a chat. Notes are visible to teammates only and are never sent to WhatsApp. */
    Note: {
      /**
       * @description Note id: `true_<uuid>_<creator>`.
       * @example true_2634e275-ac58-4c85-892d-83882810fc1c_api
       */
      message_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id?: string;
      /**
       * @description Connected phone of the chat.
       * @example 918527184400@c.us
       */
      org_phone?: string;
      /**
       * @description Chat the note belongs to.
       * @example 918824248940@c.us
       */
      chat_id: string;
      /**
       * @description Note text.
       * @example Customer asked for a call back on Monday.
       */
      body?: string | null;
      /**
       * @description Kind of note content.
       * @example chat
       */
      message_type?: string;
      /**
       * @description Always "3" for notes.
       * @example 3
       */
      ack?: string | null;
      /**
       * @description Always true for notes.
       * @example true
       */
      from_me?: boolean;
      /**
       * @description Always true.
       * @example true
       * @enum {boolean}
       */
      is_private_note?: true;
      /**
       * @description Whether the note was deleted.
       * @example false
       */
      is_deleted?: boolean | null;
      /**
       * @description Text before the last edit.
       * @example Customer asked for a call back.
       */
      prev_body?: string | null;
      /**
       * @description Message or note this note replies to.
       * @example 52643136-1573-4011-ad22-b95ca6ea8e0c
       */
      quoted_message_id?: string | null;
      /**
       * @description Phone of the chat, digits only.
       * @example 918527184400
       */
      sender_phone?: string | null;
      /**
       * @description Same as unique_id.
       * @example 2634e275-ac58-4c85-892d-83882810fc1c
       */
      sent_message_id?: string | null;
      /**
       * @description Creator e-mail, or `api`.
       * @example api
       */
      performed_by?: string | null;
      /**
       * @description Creation time (ISO 8601).
       * @example 2025-08-18T13:38:37.203+00:00
       */
      timestamp?: string | null;
      /**
       * @description Last change (ISO 8601).
       * @example 2025-08-18T13:38:37.203+00:00
       */
      updated_at?: string | null;
      /**
       * @description Note UUID.
       * @example 2634e275-ac58-4c85-892d-83882810fc1c
       */
      unique_id?: string | null;
      /**
       * @description Mentioned members, as `@<email>`.
       * @example [
       *       "@agent@example.com"
       *     ]
       */
      mentioned_ids?: string[];
      /** @description Attached media, when there is any. */
      media?: components['schemas']['Media'] | null;
    };
    /** @description A ticket as returned in ticket lists. */
    Ticket: {
      /**
       * @description Ticket id (organisation prefix plus a sequence).
       * @example BKT-001
       */
      ticket_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id?: string;
      /**
       * @description Chat the ticket was raised in.
       * @example 918527184400@c.us
       */
      chat_id: string;
      /**
       * @description Subject line.
       * @example Refund request
       */
      subject: string;
      /**
       * @description Ticket status.
       * @example open
       * @enum {string|null}
       */
      status?: 'open' | 'inprogress' | 'closed' | 'archived' | null;
      /**
       * @description 0 none, 1 low, 2 medium, 3 high, 4 urgent.
       * @example 2
       */
      priority?: number | null;
      /**
       * @description E-mail of the assigned member.
       * @example agent@example.com
       */
      assignee?: string | null;
      /**
       * @description Who assigned it.
       * @example admin@example.com
       */
      assigned_by?: string | null;
      /**
       * @description Who raised it.
       * @example agent@example.com
       */
      raised_by?: string | null;
      /**
       * @description Due date (ISO 8601).
       * @example 2025-02-01T18:29:59+00:00
       */
      due_date?: string | null;
      /**
       * @description Creation time (ISO 8601).
       * @example 2025-01-26T13:46:55.758677+00:00
       */
      created_at?: string;
      /**
       * @description Last change (ISO 8601).
       * @example 2025-01-26T13:46:55.758677+00:00
       */
      last_updated_at?: string;
      /**
       * @description Who changed it last.
       * @example agent@example.com
       */
      last_updated_by?: string | null;
      /**
       * @description First assignment time (ISO 8601).
       * @example 2025-01-26T13:50:00+00:00
       */
      first_assigned_at?: string | null;
      /**
       * @description Close time (ISO 8601).
       * @example 2025-01-28T09:00:00+00:00
       */
      closed_at?: string | null;
      /**
       * @description Whether the ticket was deleted.
       * @example false
       */
      is_deleted?: boolean;
      /**
       * @description Message the ticket was raised from.
       * @example 3EB0CA3ED694ED50FD3F18
       */
      quoted_message_id?: string | null;
      /**
       * @description Seconds until the first answer.
       * @example 300
       */
      response_time?: number | null;
      /**
       * @description Label ids, as a map of label id to `true`.
       * @example {
       *       "label-ukjqhqngnakncalm": true
       *     }
       */
      label_ids?: {
        [key: string]: boolean;
      };
      /**
       * @description Label names.
       * @example [
       *       "billing"
       *     ]
       */
      labels?: string[];
      /** @description Custom property values, keyed by property id. */
      custom_properties?: {
        [key: string]: unknown;
      } | null;
      /** @description Details recorded when the ticket was closed. */
      close_ticket_metadata?: {
        [key: string]: unknown;
      } | null;
      /** @description HubSpot link data. */
      hubspot_metadata?: {
        [key: string]: unknown;
      } | null;
      /** @description Freshdesk link data. */
      freshdesk_metadata?: {
        [key: string]: unknown;
      } | null;
      /** @description Zoho Desk link data. */
      zohodesk_metadata?: {
        [key: string]: unknown;
      } | null;
      chat?: components['schemas']['Chat'];
      quoted_message?: components['schemas']['Message'];
    };
    /** @description Short form of a message inside a ticket payload. */
    TicketMessage: {
      /**
       * @description Message id.
       * @example true_919537851844@c.us_3EB0CA3ED694ED50FD3F18
       */
      message_id?: string;
      /**
       * @description Chat id.
       * @example 919537851844@c.us
       */
      chat_id?: string;
      /**
       * @description Connected phone.
       * @example 918527184400@c.us
       */
      org_phone?: string;
      /**
       * @description Text.
       * @example My order has not arrived.
       */
      body?: string | null;
      /**
       * @description Send time (ISO 8601).
       * @example 2025-01-26T13:40:00+00:00
       */
      timestamp?: string;
      /**
       * @description Media URL, when there is media.
       * @example https://storage.googleapis.com/periskope-media/919537851844/invoice.pdf
       */
      media_path?: string | null;
      /**
       * @description Sender name.
       * @example Bharat
       */
      sender_name?: string | null;
      /**
       * @description Sender number.
       * @example 919537851844
       */
      sender_phone?: string | null;
      /**
       * @description Member e-mail or `api`, for messages sent through Periskope.
       * @example api
       */
      performed_by?: string | null;
    };
    /** @description The ticket record inside a TicketInfo payload. */
    TicketDetails: {
      /**
       * @description Ticket id.
       * @example BKT-001
       */
      ticket_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id?: string;
      /**
       * @description Subject line.
       * @example Refund request
       */
      subject?: string;
      /**
       * @description Ticket status.
       * @example open
       * @enum {string}
       */
      status?: 'open' | 'inprogress' | 'closed' | 'archived';
      /**
       * @description 0 none, 1 low, 2 medium, 3 high, 4 urgent.
       * @example 2
       * @enum {integer}
       */
      priority?: 0 | 1 | 2 | 3 | 4;
      /**
       * @description E-mail of the assigned member.
       * @example agent@example.com
       */
      assignee?: string | null;
      /**
       * @description Who assigned it.
       * @example admin@example.com
       */
      assigned_by?: string | null;
      /**
       * @description Who raised it.
       * @example agent@example.com
       */
      raised_by?: string | null;
      /**
       * @description Due date (ISO 8601).
       * @example 2025-02-01T18:29:59+00:00
       */
      due_date?: string | null;
      /**
       * @description Creation time (ISO 8601).
       * @example 2025-01-26T13:46:55.758677+00:00
       */
      created_at?: string;
      /**
       * @description Label names, comma-separated.
       * @example billing,urgent
       */
      ticket_labels?: string | null;
      /**
       * @description Message the ticket was raised from.
       * @example 3EB0CA3ED694ED50FD3F18
       */
      quoted_message_id?: string | null;
      /**
       * @example {
       *       "property-abcdefghijklmnop": "gold"
       *     }
       */
      ticket_custom_properties?: {
        [key: string]: string;
      } | null;
      /**
       * @description Close time.
       * @example 2025-01-28T09:00:00+00:00
       */
      closed_at?: string | null;
      /**
       * @description Who closed it.
       * @example agent@example.com
       */
      closed_by?: string | null;
      /**
       * @description Closing remark.
       * @example Refund issued.
       */
      closed_message?: string | null;
      /**
       * @description First assignment time.
       * @example 2025-01-26T13:50:00+00:00
       */
      first_assigned_at?: string | null;
      /**
       * @description Whether the ticket was deleted.
       * @example false
       */
      is_deleted?: boolean;
    };
    /** @description A ticket together with its chat, the message it was raised from and any attached messages. */
    TicketInfo: {
      chat: components['schemas']['Chat'];
      /** @description Message the ticket was raised from. */
      message: components['schemas']['TicketMessage'] | null;
      ticket: components['schemas']['TicketDetails'];
      /** @description Messages attached to the ticket later. */
      attached_messages: components['schemas']['TicketMessage'][];
    };
    /** @description A WhatsApp number connected to the organisation. */
    Phone: {
      /**
       * @description Phone id.
       * @example phone-bqzvyibhmwkaergr
       */
      phone_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description WhatsApp id of the phone.
       * @example 918527184400@c.us
       */
      org_phone?: string | null;
      /**
       * @description Name of the phone on WhatsApp.
       * @example Support line
       */
      phone_name?: string | null;
      /**
       * @description Profile picture URL.
       * @example https://cdn.example.com/phones/918527184400.jpg
       */
      phone_image?: string | null;
      /**
       * @description Connection state, e.g. `CONNECTED` or `DISCONNECTED`.
       * @example CONNECTED
       */
      wa_state?: string | null;
      /**
       * @description Login QR payload; null once connected.
       * @example 2@Xk9sP0aQm3lR7tV1bN4cD6fG8hJ2kL5zX8cV0bN3mQ==,AbCdEf==,GhIjKl==
       */
      qr_code?: string | null;
      /**
       * @description Whether the phone can send messages.
       * @example true
       */
      is_ready?: boolean | null;
      /**
       * @description Whether the server session of the phone is open; restart the phone when false.
       * @example true
       */
      is_browser_open?: boolean;
      /**
       * @description First connection time (ISO 8601).
       * @example 2025-01-02T10:00:00+00:00
       */
      first_connected_at?: string | null;
      /**
       * @description Creation time (ISO 8601).
       * @example 2025-01-02T09:55:00+00:00
       */
      created_at?: string;
      /**
       * @description Last change (ISO 8601).
       * @example 2025-01-20T08:00:00+00:00
       */
      updated_at?: string | null;
      /**
       * @description Label ids, as a map of label id to `true`.
       * @example {
       *       "label-ukjqhqngnakncalm": true
       *     }
       */
      label_ids?: {
        [key: string]: boolean;
      };
      /**
       * @description Label names.
       * @example [
       *       "sales"
       *     ]
       */
      labels?: string[];
      /**
       * @description WhatsApp Web version (legacy docs).
       * @example 2.3000.1019
       */
      wa_version?: string | null;
      /**
       * @description Legacy flag (legacy docs).
       * @example false
       */
      legacy_version?: boolean | null;
    };
    /** @description The stored phone record returned when a phone slot is created. */
    OrgPhoneRecord: {
      /**
       * @description Phone id.
       * @example phone-hjwqkzlmvnrtsxyp
       */
      phone_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description WhatsApp id; null until a number is connected.
       * @example 918824248940@c.us
       */
      org_phone?: string | null;
      /**
       * @description Name.
       * @example New phone
       */
      phone_name?: string | null;
      /**
       * @description Picture URL.
       * @example https://cdn.example.com/phones/default.png
       */
      phone_image?: string | null;
      /**
       * @description Connection state.
       * @example DISCONNECTED
       */
      wa_state?: string | null;
      /**
       * @description Login QR payload.
       * @example 2@Xk9sP0aQm3lR7tV1bN4cD6fG8hJ2kL5zX8cV0bN3mQ==,AbCdEf==,GhIjKl==
       */
      qr_code?: string | null;
      /**
       * @description Whether the phone can send.
       * @example false
       */
      is_ready?: boolean | null;
      /**
       * @description Whether the server session is open.
       * @example false
       */
      is_browser_open?: boolean;
      /**
       * @description First connection time.
       * @example 2025-01-02T10:00:00+00:00
       */
      first_connected_at?: string | null;
      /**
       * @description Creation time.
       * @example 2025-01-02T09:55:00+00:00
       */
      created_at?: string;
      /**
       * @description Last change.
       * @example 2025-01-02T09:55:00+00:00
       */
      updated_at?: string | null;
      /** @description Label ids. */
      label_ids?: unknown;
      /** @description Details of the last disconnection. */
      last_disconnect?: unknown;
      /**
       * @description WhatsApp client library in use.
       * @example wweb
       */
      library?: string | null;
      /** @description Raw phone state. */
      phone_state?: unknown;
      /** @description Raw queue state. */
      queue_status?: unknown;
      /**
       * @description Server image tag.
       * @example wa-server:1.42.0
       */
      server_image?: string | null;
      /**
       * @description Server address.
       * @example 10.20.30.40
       */
      server_ip?: string | null;
      /**
       * @description Server name.
       * @example wa-server-7
       */
      server_name?: string | null;
      /**
       * @description Server zone.
       * @example asia-south1-a
       */
      server_zone?: string | null;
      /**
       * @description WhatsApp Web version.
       * @example 2.3000.1019
       */
      wa_version?: string | null;
    };
    /** @description Counters of the outgoing message queue of a phone. */
    QueueStatus: {
      /**
       * @description Jobs being processed now.
       * @example 0
       */
      active: number;
      /**
       * @description Jobs waiting.
       * @example 0
       */
      pending: number;
      /**
       * @description Jobs completed in the last 24 hours.
       * @example 16
       */
      completed: number;
      /**
       * @description Jobs failed in the last 24 hours.
       * @example 10
       */
      failed: number;
      /**
       * @description False while the phone is disconnected.
       * @example true
       */
      is_running: boolean;
    };
    /** @description One job of the outgoing message queue. */
    QueueJob: {
      /**
       * @description Job id (the queue_id returned at send time).
       * @example 63cda77b-73de-433e-a652-a8f489100d43
       */
      id: string;
      /**
       * @description Job state, e.g. `completed`.
       * @example completed
       */
      status: string;
      /**
       * @description WhatsApp id of the sent message.
       * @example 3EB0BB657AE18C4D3BB276DFB67F6CCA7DD13234
       */
      message_id: string;
      data: {
        /**
         * @description Message text.
         * @example Hi from Periskope
         */
        body: string;
        /**
         * @description Target chat.
         * @example 919537851844@c.us
         */
        chat_id: string;
      };
      /**
       * @description Queued at (epoch ms).
       * @example 1737373507280
       */
      addedTimestamp: number;
      /**
       * @description Started at (epoch ms).
       * @example 1737373507380
       */
      processedTimestamp: number;
      /**
       * @description Finished at (epoch ms).
       * @example 1737373510691
       */
      finishedTimestamp: number;
      /**
       * @description Attempts finished.
       * @example 1
       */
      attemptsMade: number;
      /**
       * @description Attempts started.
       * @example 1
       */
      attemptsStarted: number;
      /**
       * @description Errors of failed attempts.
       * @example []
       */
      stacktrace: string[];
    };
    /** @description Delivery state of a message sent through the queue. */
    MessageDeliveryStatus: {
      /**
       * @description Queue job id.
       * @example 5df4cb6d-9f2b-46b6-936e-8e6f4b1a5400
       */
      queue_id?: string;
      /**
       * @description WhatsApp id of the message.
       * @example 3EB0A0A8F90A01259C81A3
       */
      unique_id: string;
      /**
       * @description Message id.
       * @example true_918824248940@c.us_3EB0A0A8F90A01259C81A3
       */
      message_id?: string;
      /**
       * @description Target chat.
       * @example 918824248940@c.us
       */
      chat_id?: string;
      /**
       * @description Member e-mail, or `api`.
       * @example api
       */
      performed_by?: string;
      /**
       * @description Delivery state, e.g. `queued`, `sent`, `delivered`, `read` or `failed`.
       * @example read
       */
      status: string;
      /**
       * @description Explanation of the state.
       * @example Read by recipient.
       */
      status_description?: string;
      /**
       * @description WhatsApp acknowledgement level as an integer.
       * @example 4
       */
      ack?: number;
      message?: {
        /**
         * @description Text.
         * @example test 93
         */
        body?: string;
        /**
         * @description Message type.
         * @example chat
         */
        type?: string;
        /**
         * @description Replied-to message.
         * @example 3EB0885B2C9D8E7F6A5B
         */
        quoted_message_id?: string;
      };
      /** @description Lifecycle timestamps; only queued_at and sent_at are documented. */
      timeline?: {
        /**
         * @description When it was queued.
         * @example 2026-04-01T14:23:21.279Z
         */
        queued_at?: string;
        /**
         * @description When it was sent.
         * @example 2026-04-01T14:23:24.111Z
         */
        sent_at?: string;
      } & {
        [key: string]: string;
      };
      /**
       * @description Send attempts.
       * @example 1
       */
      attempts?: number;
      /**
       * @description Recipients that received it.
       * @example 1
       */
      delivered_count?: number;
      /**
       * @description Recipients that read it.
       * @example 1
       */
      read_count?: number;
    };
    /** @description Progress and statistics of a broadcast. */
    BroadcastStatus: {
      /**
       * @description Broadcast id.
       * @example 22b2a2a4-3c61-4b94-807c-fa431e71a8e5
       */
      broadcast_id: string;
      /**
       * @description Organisation id.
       * @example 5fb0d69a-d789-4429-970e-66d48e381c9b
       */
      org_id?: string;
      message_payload?: {
        /**
         * @description Text.
         * @example Hello World
         */
        body?: string;
        /**
         * @description Message type.
         * @example chat
         */
        message_type?: string;
        /**
         * @description Who sent it.
         * @example api
         */
        performed_by?: string;
      };
      /**
       * @description Creation time.
       * @example 2025-03-10T11:11:20.049901+00:00
       */
      created_at?: string;
      /**
       * @description Scheduled send time.
       * @example 2025-03-10T12:11:19.52+00:00
       */
      scheduled_at?: string | null;
      /**
       * @description Who created it.
       * @example 5fb0d69a-d789-4429-970e-66d48e381c9b
       */
      performed_by?: string;
      /**
       * @description When sending started.
       * @example 2025-03-10T12:11:20+00:00
       */
      performed_at?: string | null;
      /**
       * @description Overall state of the broadcast.
       * @example completed
       */
      broadcast_status?: string | null;
      /**
       * @description Target chats.
       * @example 2
       */
      total_chats?: number;
      /**
       * @description Chats sent to.
       * @example 2
       */
      sent_chats?: number;
      /**
       * @description Chats that failed.
       * @example 0
       */
      failed_chats?: number;
      /**
       * @description Chats still waiting.
       * @example 0
       */
      pending_chats?: number;
      /**
       * @description Recipients, counting group members.
       * @example 14
       */
      total_member_count?: number;
      /**
       * @description Deliveries.
       * @example 12
       */
      total_delivered_count?: number | null;
      /**
       * @description Reads.
       * @example 9
       */
      total_read_count?: number | null;
      /**
       * @description Delivered share, in percent.
       * @example 85.7
       */
      delivered_percentage?: number;
      /**
       * @description Read share, in percent.
       * @example 64.3
       */
      read_percentage?: number;
      /**
       * @description Log lines.
       * @example []
       */
      logs?: string[];
    };
    /** @description Where the message was queued. */
    SendMessageResult: {
      /**
       * @description Queue job id; use it with GET /queue/jobs or GET /message/{message_id}.
       * @example ba3273cb-12be-48d4-90e0-0cbc0b427ef1
       */
      queue_id: string;
      /**
       * @description Position in the phone queue.
       * @example 0
       */
      queue_position: number;
      /**
       * @description Provisional WhatsApp id; use it with GET /message/{unique_id}/status.
       * @example 3EB05FC204C28E456D8596
       */
      unique_id?: string;
      /**
       * @description Tip on how to follow the job.
       * @example Track this message with GET /queue/jobs?queue_id=ba3273cb-12be-48d4-90e0-0cbc0b427ef1
       */
      hint?: string;
    };
    BroadcastResult: {
      /**
       * @description Broadcast id.
       * @example b25192d5-2370-4a69-b844-aae5e2bfae92
       */
      broadcast_id: string;
    };
    ParticipantOutcome: {
      /**
       * @description Whether the change worked for this participant.
       * @example true
       */
      is_success: boolean;
      /**
       * @description Details, e.g. that an invite was sent instead.
       * @example Invite sent to participant
       */
      message?: string;
      /**
       * @description Error code, when it failed.
       * @example 403
       */
      code?: number;
      /**
       * @description Whether an invite message was sent.
       * @example true
       */
      isInviteV4Sent?: boolean;
    };
    /** @description Outcome per participant, keyed by participant id (`<digits>@c.us`). */
    ParticipantOperationResult: {
      [key: string]: components['schemas']['ParticipantOutcome'];
    };
    /** @description An FAQ entry or a chunk of a document in the AI knowledge base. */
    KnowledgeBaseItem: {
      /**
       * @description Item id.
       * @example ctx-5d1a2b3c4d5e6f70
       */
      context_id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description Kind of item.
       * @example faq
       * @enum {string|null}
       */
      type?: 'faq' | 'document' | null;
      /**
       * @description FAQ question, or a title for a document chunk.
       * @example What are your support hours?
       */
      question?: string;
      /**
       * @description FAQ answer, or the chunk text.
       * @example We answer 9am to 6pm IST, Monday to Saturday.
       */
      answer?: string;
      /** @description Attachments of an FAQ (URLs). */
      attachments?: unknown;
      /**
       * @description Document the chunk belongs to.
       * @example doc-8f7e6d5c4b3a2910
       */
      document_id?: string | null;
      /**
       * @description Vector embedding, serialised (internal).
       * @example [0.0123,-0.0456,0.0789]
       */
      embedding?: string;
      /** @description Extra data, such as the file name. */
      metadata?: unknown;
      /**
       * @description Creation time.
       * @example 2025-05-02T10:00:00+00:00
       */
      created_at?: string | null;
    };
    KnowledgeBaseList: {
      /** @description Items of this page. */
      data: components['schemas']['KnowledgeBaseItem'][];
      /**
       * @description Total items matching the filter.
       * @example 1
       */
      count: number;
    };
    DocumentIngestResult: {
      /**
       * @description File name.
       * @example pricing.pdf
       */
      file_name: string;
      /**
       * @description Processing outcome.
       * @example success
       */
      status: string;
      /**
       * @description Details of the outcome.
       * @example Document processed
       */
      reason: string;
      /**
       * @description Id of the stored document.
       * @example doc-8f7e6d5c4b3a2910
       */
      document_id?: string;
      /**
       * @description Where the file is stored.
       * @example knowledge-base/2997dd64/pricing.pdf
       */
      file_path?: string;
      /**
       * @description Chunks created.
       * @example 12
       */
      chunks_count?: number;
    };
    /**
     * @description Event name a webhook can subscribe to.
     * @example message.created
     * @enum {string}
     */
    WebhookEvent: 'org.created' | 'org.updated' | 'org.member.created' | 'org.member.updated' | 'org.subscription.trial_will_end' | 'org.integrations.updated' | 'chat.created' | 'chat.updated' | 'chat.notification.created' | 'chat.label.updated' | 'chat.custom_properties.updated' | 'message.created' | 'message.updated' | 'message.deleted' | 'message.ack.updated' | 'message.flagged' | 'message.unflagged' | 'message.ticket.attached' | 'reaction.created' | 'reaction.updated' | 'reaction.added' | 'ticket.created' | 'ticket.updated' | 'ticket.deleted' | 'org.phone.created' | 'org.phone.connected' | 'org.phone.disconnected' | 'org.phone.qr' | 'org.phone.updated' | 'note.created';
    /** @description A webhook subscription for one event. */
    Webhook: {
      /**
       * @description Subscription id.
       * @example b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d
       */
      id: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description URL that receives the events.
       * @example https://hooks.example.com/periskope
       */
      hook_url: string;
      integration_name: components['schemas']['WebhookEvent'];
      /**
       * @description Integration category.
       * @example webhook
       */
      integration_type?: string | null;
      /**
       * @description Id of the integration the hook belongs to.
       * @example integration-001
       */
      integration_id?: string | null;
      /** @description Free-form data stored with the hook. */
      integration_metadata?: unknown;
      /**
       * @description Whether events are delivered.
       * @example true
       */
      is_subscribed: boolean;
      /**
       * @description Subscription time.
       * @example 2025-03-01T12:00:00+00:00
       */
      subscribed_at?: string | null;
      /**
       * @description Source of the hook.
       * @example api
       * @enum {string}
       */
      type?: 'zapier' | 'pabbly' | 'api' | 'webhook' | 'hubspot' | 'freshdesk' | 'slack' | 'jira' | 'salesforce' | 'zohodesk' | 'zohocrm' | 'gsheets';
    };
    /** @description A member (teammate) of the organisation. */
    OrgMember: {
      /**
       * @description Member e-mail.
       * @example michael@dundermifflin.com
       */
      email: string;
      /**
       * @description Organisation id.
       * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
       */
      org_id: string;
      /**
       * @description Admins see every chat; members see only what they are given.
       * @example member
       * @enum {string}
       */
      role: 'admin' | 'member';
      /**
       * @description User id; null until the invite is accepted.
       * @example 7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d
       */
      user_id?: string | null;
      /**
       * @description Display name.
       * @example Michael Scott
       */
      member_name?: string | null;
      /**
       * @description Avatar URL.
       * @example https://cdn.example.com/members/michael.png
       */
      member_image?: string | null;
      /**
       * @description Avatar colour. One of 15 palette colours: #B4876E, #A5B337, #06CF9C, #25D366, #02A698, #7D9EF1, #007BFC, #5E47DE, #7F66FF, #9333EA, #FA6533, #C4532D, #DC2626, #FF2E74, #DB2777.
       * @example #7D9EF1
       */
      member_color?: string;
      /**
       * @description Label ids the member may see.
       * @example [
       *       "label-ukjqhqngnakncalm"
       *     ]
       */
      label_ids?: string[] | null;
      /**
       * @description Phones the member may use (`<digits>@c.us`).
       * @example [
       *       "918824248940@c.us"
       *     ]
       */
      org_phones?: string[] | null;
      /**
       * @description Whether the member is active.
       * @example true
       */
      is_active?: boolean;
      /**
       * @description Whether the member is online now.
       * @example false
       */
      is_online?: boolean | null;
      /**
       * @description Whether the member owns the organisation.
       * @example false
       */
      is_owner?: boolean | null;
      /**
       * @description Invite time.
       * @example 2025-03-01T12:00:00+00:00
       */
      invited_at?: string | null;
      /**
       * @description Who invited the member.
       * @example admin@dundermifflin.com
       */
      invited_by?: string | null;
      /**
       * @description Creation time.
       * @example 2025-03-01T12:00:00+00:00
       */
      created_at?: string | null;
      /** @description UI preferences. */
      preferences?: unknown;
      /** @description Extra member data. */
      member_metadata?: unknown;
    };
    InviteMembersResult: {
      /** @description Members that were invited. */
      addedMembers: components['schemas']['OrgMember'][];
      /** @description Per-e-mail failures. */
      errors: {
        /**
         * @description E-mail that failed.
         * @example dwight@dundermifflin.com
         */
        email: string | null;
        error: {
          /**
           * @description Why it failed.
           * @example Member already exists
           */
          message: string;
        };
      }[];
    };
    /** @description A page of contacts. */
    ContactList: {
      /**
       * @description 1-based position of the first item of this page.
       * @example 1
       */
      from: number;
      /**
       * @description Position of the last item of this page.
       * @example 2
       */
      to: number;
      /**
       * @description Number of items in this page.
       * @example 2
       */
      count: number;
      /** @description Contacts of this page. */
      contacts: components['schemas']['Contact'][];
    };
    /** @description A page of tickets. */
    TicketList: {
      /**
       * @description 1-based position of the first item of this page.
       * @example 1
       */
      from: number;
      /**
       * @description Position of the last item of this page.
       * @example 2
       */
      to: number;
      /**
       * @description Number of items in this page.
       * @example 2
       */
      count: number;
      /** @description Tickets of this page. */
      tickets: components['schemas']['Ticket'][];
    };
    /** @description A page of chats. */
    ChatList: {
      /**
       * @description 1-based position of the first item of this page.
       * @example 1
       */
      from: number;
      /**
       * @description Position of the last item of this page.
       * @example 2
       */
      to: number;
      /**
       * @description Number of items in this page.
       * @example 2
       */
      count: number;
      /** @description Chats of this page. */
      chats: components['schemas']['Chat'][];
    };
    /** @description A page of messages, newest first. */
    MessageList: {
      /**
       * @description 1-based position of the first item of this page.
       * @example 1
       */
      from: number;
      /**
       * @description Position of the last item of this page.
       * @example 2
       */
      to: number;
      /**
       * @description Number of items in this page.
       * @example 2
       */
      count: number;
      /** @description Messages of this page. */
      messages: components['schemas']['Message'][];
    };
    /** @description A page of notifications, newest first. */
    NotificationList: {
      /**
       * @description 1-based position of the first item of this page.
       * @example 1
       */
      from?: number;
      /**
       * @description Position of the last item of this page.
       * @example 2
       */
      to?: number;
      /**
       * @description Number of items in this page.
       * @example 2
       */
      count: number;
      /** @description Notifications of this page. */
      messages?: components['schemas']['Notification'][];
      /** @description Same list under the key spelled in the npm types (not seen in docs responses). */
      notifictions?: components['schemas']['Notification'][];
    };
    /** @description A page of notes with the time window used. */
    NoteList: {
      /**
       * @description 1-based position of the first item of this page.
       * @example 1
       */
      from: number;
      /**
       * @description Position of the last item of this page.
       * @example 2
       */
      to: number;
      /**
       * @description Number of items in this page.
       * @example 2
       */
      count: number;
      /**
       * @description Start of the window.
       * @example 2025-08-15T00:00:00Z
       */
      start_time: string;
      /**
       * @description End of the window.
       * @example 2025-08-15T23:59:59Z
       */
      end_time: string;
      /** @description Notes of this page. */
      notes: components['schemas']['Note'][];
    };
    /** @description A page of reactions with the time window used. */
    ReactionList: {
      /**
       * @description 1-based position of the first item of this page.
       * @example 1
       */
      from: number;
      /**
       * @description Position of the last item of this page.
       * @example 2
       */
      to: number;
      /**
       * @description Number of items in this page.
       * @example 2
       */
      count: number;
      /**
       * @description Start of the window.
       * @example 2025-04-25T00:00:00Z
       */
      start_time: string;
      /**
       * @description End of the window.
       * @example 2025-04-30T23:59:59Z
       */
      end_time: string;
      /** @description Reactions of this page. */
      reactions: components['schemas']['Reaction'][];
    };
    /** @description Media to send: give either `url` or base64 `filedata`. */
    MediaInput: {
      /**
       * @description Kind of media.
       * @example image
       * @enum {string}
       */
      type: 'document' | 'image' | 'video' | 'audio';
      /**
       * @description Public URL of the file.
       * @example https://cdn.example.com/files/brochure.jpg
       */
      url?: string;
      /**
       * @description Base64 file content (optionally as a data URL).
       * @example data:image/jpeg;base64,/9j/4AAQSkZJRg==
       */
      filedata?: string;
      /**
       * @description File name shown to the recipient.
       * @example brochure.jpg
       */
      filename: string;
      /**
       * @description MIME type.
       * @example image/jpeg
       */
      mimetype: string;
    };
    /** @description A poll to send. */
    PollInput: {
      /**
       * @description Question.
       * @example Which slot suits you?
       */
      pollName: string;
      /**
       * @description Choices.
       * @example [
       *       "Morning",
       *       "Evening"
       *     ]
       */
      pollOptions: string[];
      options?: {
        /**
         * @description Whether several choices may be picked.
         * @example false
         */
        allowMultipleAnswers?: boolean;
        /**
         * @description Your own id for the poll.
         * @example poll-12345
         */
        pollId?: string;
      };
    };
  };
  responses: {
    /** @description The limit query parameter is above the maximum (2000). */
    LimitTooHigh: {
      headers: {
        'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
        'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
        'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
        'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "code": "VALIDATION_ERROR",
         *       "name": "Validation Error",
         *       "status": 422,
         *       "message": "Limit should be less than 2000",
         *       "fields": {
         *         "limit": {
         *           "message": "Limit should be less than 2000",
         *           "value": "10000"
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['ValidationError'];
      };
    };
  };
  parameters: {
    /**
     * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
     * @example 919876543210
     */
    XPhone: string;
    /**
     * @description Number of items to skip.
     * @example 0
     */
    Offset: number;
    /**
     * @description Page size (at most 2000).
     * @example 50
     */
    Limit: number;
    /**
     * @description Only items at or after this time: a date (2025-04-25) or an ISO 8601 time.
     * @example 2025-04-25T00:00:00Z
     */
    StartTime: string;
    /**
     * @description Only items at or before this time: a date (2025-04-30) or an ISO 8601 time.
     * @example 2025-04-30T23:59:59Z
     */
    EndTime: string;
    /**
     * @description Chat id: `<digits>@c.us` for a person (the suffix may be left out), `<digits>@g.us` for a group.
     * @example 919537851844@c.us
     */
    ChatId: string;
    /**
     * @description Group chat id (`<digits>@g.us`).
     * @example 120363371308389685@g.us
     */
    GroupChatId: string;
    /**
     * @description Message id (`<from_me>_<chat_id>_<WhatsApp id>`) or the queue_id returned when it was sent.
     * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
     */
    MessageId: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Requests allowed in the current window.
     * @example 100
     */
    XRateLimitLimit: number;
    /**
     * @description Requests left in the current window.
     * @example 99
     */
    XRateLimitRemaining: number;
    /**
     * @description When the window resets. The unit is not documented; the example assumes epoch seconds.
     * @example 1737363180
     */
    XRateLimitReset: number;
    /**
     * @description Organisation the token belongs to.
     * @example 2997dd64-89bf-48d3-9a22-b314fca017e5
     */
    XPeriskopeOrgId: string;
    /**
     * @description Trace id of the request; quote it to support.
     * @example 4bf92f3577b34da6a3ce929d0e0e4736
     */
    XPeriskopeTraceId: string;
    /**
     * @description Phone the call acted on (phone-scoped calls).
     * @example phone-bqzvyibhmwkaergr
     */
    XPeriskopePhoneId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getContacts: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of contacts. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "contacts": [
           *         {
           *           "contact_id": "919537851844@c.us",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "contact_name": "BK Local1",
           *           "contact_type": "user",
           *           "contact_color": "#FA6533",
           *           "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *           "is_internal": false,
           *           "is_imported": false,
           *           "is_my_contact": true,
           *           "is_wa_contact": true,
           *           "label_ids": {
           *             "label-ukjqhqngnakncalm": true
           *           },
           *           "labels": [
           *             "label1",
           *             "label2"
           *           ],
           *           "chat_ids": [
           *             "120363231636311517@g.us",
           *             "919537851844@c.us"
           *           ],
           *           "updated_at": "2025-01-22T05:41:15.303874+00:00"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ContactList'];
        };
      };
      422: components['responses']['LimitTooHigh'];
    };
  };
  getContactById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Contact number: country code and number, digits only (no `@c.us`).
         * @example 919537851844
         */
        contact_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "contact_id": "919537851844@c.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "contact_name": "BK Local1",
           *       "contact_type": "user",
           *       "contact_color": "#FA6533",
           *       "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *       "is_internal": false,
           *       "is_imported": false,
           *       "is_my_contact": true,
           *       "is_wa_contact": true,
           *       "label_ids": {
           *         "label-ukjqhqngnakncalm": true
           *       },
           *       "labels": [
           *         "label1",
           *         "label2"
           *       ],
           *       "chat_ids": [
           *         "120363231636311517@g.us",
           *         "919537851844@c.us"
           *       ],
           *       "updated_at": "2025-01-22T05:41:15.303874+00:00"
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Contact number, digits only.
         * @example 919537851844
         */
        contact_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "contact_name": "BK Local1",
         *       "labels": "label1,label2"
         *     }
         */
        'application/json': {
          /**
           * @description New name in Periskope.
           * @example BK Local1
           */
          contact_name?: string;
          /**
           * @description Mark as a teammate; their messages are not flagged.
           * @example false
           */
          is_internal?: boolean;
          /**
           * @description Comma-separated label names; replaces the current labels. Unknown labels are created.
           * @example label1,label2
           */
          labels?: string;
        };
      };
    };
    responses: {
      /** @description The contact after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "contact_id": "919537851844@c.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "contact_name": "BK Local1",
           *       "contact_type": "user",
           *       "contact_color": "#FA6533",
           *       "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *       "is_internal": false,
           *       "is_imported": false,
           *       "is_my_contact": true,
           *       "is_wa_contact": true,
           *       "label_ids": {
           *         "label-ukjqhqngnakncalm": true
           *       },
           *       "labels": [
           *         "label1",
           *         "label2"
           *       ],
           *       "chat_ids": [
           *         "120363231636311517@g.us",
           *         "919537851844@c.us"
           *       ],
           *       "updated_at": "2025-01-22T05:41:15.303874+00:00"
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description No updatable field was sent. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": "VALIDATION_ERROR",
           *       "name": "Validation Error",
           *       "status": 422,
           *       "message": "Invalid body. At least one of the following keys are required: contact_name, is_internal, labels",
           *       "fields": {
           *         "contact_name": {
           *           "message": "contact_name is missing"
           *         },
           *         "is_internal": {
           *           "message": "is_internal is missing"
           *         },
           *         "labels": {
           *           "message": "labels is missing"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
    };
  };
  updateContactLabels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "labels": "high,low",
         *       "contact_ids": [
         *         "919537851844@c.us",
         *         "919876543210@c.us"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Comma-separated label names.
           * @example high,low
           */
          labels: string;
          /**
           * @description Contacts to change.
           * @example [
           *       "919537851844@c.us"
           *     ]
           */
          contact_ids: string[];
        };
      };
    };
    responses: {
      /** @description Labels replaced. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description labels or contact_ids is missing. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": "VALIDATION_ERROR",
           *       "name": "Validation Error",
           *       "status": 422,
           *       "message": "Invalid body. All of the following keys are required: contact_ids, labels",
           *       "fields": {
           *         "contact_ids": {
           *           "message": "contact_ids is missing"
           *         },
           *         "labels": {
           *           "message": "labels is missing"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "contact_name": "BK Local1",
         *       "contact_id": "919537851844",
         *       "labels": "lead"
         *     }
         */
        'application/json': {
          /**
           * @description Name to store.
           * @example Test New Contact
           */
          contact_name: string;
          /**
           * @description Number: country code and number, digits only.
           * @example 919537851844
           */
          contact_id: string;
          /**
           * @description Mark as a teammate.
           * @example false
           */
          is_internal?: boolean;
          /**
           * @description Comma-separated label names.
           * @example lead
           */
          labels?: string;
        };
      };
    };
    responses: {
      /** @description The new contact. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "contact_id": "919537851844@c.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "contact_name": "BK Local1",
           *       "contact_type": "user",
           *       "contact_color": "#FA6533",
           *       "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *       "is_internal": false,
           *       "is_imported": false,
           *       "is_my_contact": true,
           *       "is_wa_contact": true,
           *       "label_ids": {
           *         "label-qwertyuiopasdfgh": true
           *       },
           *       "labels": [
           *         "lead"
           *       ],
           *       "chat_ids": [
           *         "120363231636311517@g.us",
           *         "919537851844@c.us"
           *       ],
           *       "updated_at": "2025-01-22T05:41:15.303874+00:00"
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
    };
  };
  getTickets: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tickets. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "tickets": [
           *         {
           *           "ticket_id": "BKT-002",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "chat_id": "918527184400@c.us",
           *           "subject": "Another ticket",
           *           "status": "inprogress",
           *           "priority": 0,
           *           "assignee": "test@periskope.app",
           *           "assigned_by": "admin@periskope.app",
           *           "raised_by": "test@periskope.app",
           *           "due_date": "2025-02-01T18:29:59+00:00",
           *           "closed_at": "2025-02-02T09:00:00+00:00",
           *           "created_at": "2025-01-26T13:46:55.758677+00:00",
           *           "last_updated_at": "2025-01-26T13:46:55.758677+00:00",
           *           "is_deleted": false,
           *           "label_ids": {},
           *           "labels": [],
           *           "custom_properties": {},
           *           "close_ticket_metadata": {},
           *           "hubspot_metadata": {},
           *           "freshdesk_metadata": {},
           *           "zohodesk_metadata": {},
           *           "quoted_message_id": "3EB0CA3ED694ED50FD3F18",
           *           "response_time": 300
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TicketList'];
        };
      };
    };
  };
  createTicket: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "chat_id": "919537851844@c.us",
         *       "subject": "New subject 1",
         *       "quoted_message_id": "3EB0CA3ED694ED50FD3F18",
         *       "priority": 2,
         *       "labels": "billing,urgent"
         *     }
         */
        'application/json': {
          /**
           * @description Chat id (`...@c.us` or `...@g.us`).
           * @example 919537851844@c.us
           */
          chat_id: string;
          /**
           * @description Subject line.
           * @example New subject 1
           */
          subject: string;
          /**
           * @description E-mail of the member to assign.
           * @example agent@example.com
           */
          assignee?: string;
          /**
           * @description Message the ticket is about.
           * @example 3EB0CA3ED694ED50FD3F18
           */
          quoted_message_id?: string;
          /**
           * @description Due date; any date-parsable text.
           * @example 2025-04-20T18:29:59+00:00
           */
          due_date?: string;
          /**
           * @description 1 low, 2 medium, 3 high, 4 urgent.
           * @default 1
           * @example 2
           * @enum {integer}
           */
          priority?: 1 | 2 | 3 | 4;
          /**
           * @description Initial status.
           * @default open
           * @example open
           * @enum {string}
           */
          status?: 'open' | 'inprogress' | 'closed' | 'archived';
          /**
           * @description Comma-separated label names.
           * @example billing,urgent
           */
          labels?: string;
        };
      };
    };
    responses: {
      /** @description The new ticket with its chat and message. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat": {
           *         "chat_id": "919537851844@c.us",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "chat_name": "Bharat",
           *         "chat_type": "user",
           *         "chat_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *         "created_at": "2025-01-10T07:30:00+00:00",
           *         "chat_labels": "vip",
           *         "invite_link": "https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA",
           *         "is_muted": false,
           *         "custom_properties": {
           *           "property-tlkudzxmhjkgoktm": "hello"
           *         },
           *         "group_description": "One-to-one chat",
           *         "members": {
           *           "919537851844@c.us": {
           *             "chat_id": "919537851844@c.us",
           *             "contact_id": "919537851844@c.us",
           *             "contact_name": "Bharat",
           *             "contact_color": "#FA6533",
           *             "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *             "contact_labels": "vip",
           *             "is_admin": false,
           *             "is_super_admin": false,
           *             "is_internal": false,
           *             "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *             "org_phone": "918527184400@c.us"
           *           }
           *         }
           *       },
           *       "message": {
           *         "message_id": "false_919537851844@c.us_3EB0CA3ED694ED50FD3F18",
           *         "chat_id": "919537851844@c.us",
           *         "org_phone": "918527184400@c.us",
           *         "body": "My order has not arrived.",
           *         "timestamp": "2025-01-26T13:40:00+00:00",
           *         "media_path": "https://storage.googleapis.com/periskope-media/919537851844/order.jpg",
           *         "sender_name": "Bharat",
           *         "sender_phone": "919537851844",
           *         "performed_by": "api"
           *       },
           *       "ticket": {
           *         "ticket_id": "BKT-001",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "subject": "New subject 1",
           *         "status": "open",
           *         "priority": 2,
           *         "assignee": "agent@example.com",
           *         "assigned_by": "admin@example.com",
           *         "raised_by": "api",
           *         "due_date": "2025-04-20T18:29:59+00:00",
           *         "created_at": "2025-04-10T09:00:00+00:00",
           *         "ticket_labels": "billing,urgent",
           *         "quoted_message_id": "3EB0CA3ED694ED50FD3F18",
           *         "ticket_custom_properties": {
           *           "property-abcdefghijklmnop": "gold"
           *         },
           *         "first_assigned_at": "2025-04-10T09:00:00+00:00",
           *         "is_deleted": false
           *       },
           *       "attached_messages": [
           *         {
           *           "message_id": "false_919537851844@c.us_3EB0CA3ED694ED50FD3F18",
           *           "chat_id": "919537851844@c.us",
           *           "org_phone": "918527184400@c.us",
           *           "body": "My order has not arrived.",
           *           "timestamp": "2025-01-26T13:40:00+00:00",
           *           "media_path": "https://storage.googleapis.com/periskope-media/919537851844/order.jpg",
           *           "sender_name": "Bharat",
           *           "sender_phone": "919537851844",
           *           "performed_by": "api"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TicketInfo'];
        };
      };
    };
  };
  getTicketById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Ticket id.
         * @example BKT-001
         */
        ticket_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ticket bundle. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat": {
           *         "chat_id": "919537851844@c.us",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "chat_name": "Bharat",
           *         "chat_type": "user",
           *         "chat_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *         "created_at": "2025-01-10T07:30:00+00:00",
           *         "chat_labels": "vip",
           *         "invite_link": "https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA",
           *         "is_muted": false,
           *         "custom_properties": {
           *           "property-tlkudzxmhjkgoktm": "hello"
           *         },
           *         "group_description": "One-to-one chat",
           *         "members": {
           *           "919537851844@c.us": {
           *             "chat_id": "919537851844@c.us",
           *             "contact_id": "919537851844@c.us",
           *             "contact_name": "Bharat",
           *             "contact_color": "#FA6533",
           *             "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *             "contact_labels": "vip",
           *             "is_admin": false,
           *             "is_super_admin": false,
           *             "is_internal": false,
           *             "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *             "org_phone": "918527184400@c.us"
           *           }
           *         }
           *       },
           *       "message": {
           *         "message_id": "false_919537851844@c.us_3EB0CA3ED694ED50FD3F18",
           *         "chat_id": "919537851844@c.us",
           *         "org_phone": "918527184400@c.us",
           *         "body": "My order has not arrived.",
           *         "timestamp": "2025-01-26T13:40:00+00:00",
           *         "media_path": "https://storage.googleapis.com/periskope-media/919537851844/order.jpg",
           *         "sender_name": "Bharat",
           *         "sender_phone": "919537851844",
           *         "performed_by": "api"
           *       },
           *       "ticket": {
           *         "ticket_id": "BKT-001",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "subject": "New subject 1",
           *         "status": "open",
           *         "priority": 2,
           *         "assignee": "agent@example.com",
           *         "assigned_by": "admin@example.com",
           *         "raised_by": "api",
           *         "due_date": "2025-04-20T18:29:59+00:00",
           *         "created_at": "2025-04-10T09:00:00+00:00",
           *         "ticket_labels": "billing,urgent",
           *         "quoted_message_id": "3EB0CA3ED694ED50FD3F18",
           *         "ticket_custom_properties": {
           *           "property-abcdefghijklmnop": "gold"
           *         },
           *         "first_assigned_at": "2025-04-10T09:00:00+00:00",
           *         "is_deleted": false
           *       },
           *       "attached_messages": [
           *         {
           *           "message_id": "false_919537851844@c.us_3EB0CA3ED694ED50FD3F18",
           *           "chat_id": "919537851844@c.us",
           *           "org_phone": "918527184400@c.us",
           *           "body": "My order has not arrived.",
           *           "timestamp": "2025-01-26T13:40:00+00:00",
           *           "media_path": "https://storage.googleapis.com/periskope-media/919537851844/order.jpg",
           *           "sender_name": "Bharat",
           *           "sender_phone": "919537851844",
           *           "performed_by": "api"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TicketInfo'];
        };
      };
    };
  };
  updateTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Ticket id.
         * @example BKT-001
         */
        ticket_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "subject": "New subject 1",
         *       "status": "inprogress",
         *       "priority": 3,
         *       "assignee": "agent@example.com"
         *     }
         */
        'application/json': {
          /**
           * @description New subject.
           * @example New subject 1
           */
          subject?: string;
          /**
           * @description New status.
           * @example inprogress
           * @enum {string}
           */
          status?: 'open' | 'inprogress' | 'closed' | 'archived';
          /**
           * @description 1 low, 2 medium, 3 high, 4 urgent.
           * @example 3
           * @enum {integer}
           */
          priority?: 1 | 2 | 3 | 4;
          /**
           * @description E-mail of an organisation member; empty text unassigns.
           * @example agent@example.com
           */
          assignee?: string;
          /**
           * @description Due date (date-parsable text); null clears it.
           * @example 2025-04-25T18:29:59+00:00
           */
          due_date?: string | null;
          /**
           * @description Comma-separated label names; replaces the current labels.
           * @example billing
           */
          labels?: string;
        };
      };
    };
    responses: {
      /** @description The ticket after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat": {
           *         "chat_id": "919537851844@c.us",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "chat_name": "Bharat",
           *         "chat_type": "user",
           *         "chat_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *         "created_at": "2025-01-10T07:30:00+00:00",
           *         "chat_labels": "vip",
           *         "invite_link": "https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA",
           *         "is_muted": false,
           *         "custom_properties": {
           *           "property-tlkudzxmhjkgoktm": "hello"
           *         },
           *         "group_description": "One-to-one chat",
           *         "members": {
           *           "919537851844@c.us": {
           *             "chat_id": "919537851844@c.us",
           *             "contact_id": "919537851844@c.us",
           *             "contact_name": "Bharat",
           *             "contact_color": "#FA6533",
           *             "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *             "contact_labels": "vip",
           *             "is_admin": false,
           *             "is_super_admin": false,
           *             "is_internal": false,
           *             "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *             "org_phone": "918527184400@c.us"
           *           }
           *         }
           *       },
           *       "message": {
           *         "message_id": "false_919537851844@c.us_3EB0CA3ED694ED50FD3F18",
           *         "chat_id": "919537851844@c.us",
           *         "org_phone": "918527184400@c.us",
           *         "body": "My order has not arrived.",
           *         "timestamp": "2025-01-26T13:40:00+00:00",
           *         "media_path": "https://storage.googleapis.com/periskope-media/919537851844/order.jpg",
           *         "sender_name": "Bharat",
           *         "sender_phone": "919537851844",
           *         "performed_by": "api"
           *       },
           *       "ticket": {
           *         "ticket_id": "BKT-001",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "subject": "New subject 1",
           *         "status": "inprogress",
           *         "priority": 3,
           *         "assignee": "agent@example.com",
           *         "assigned_by": "admin@example.com",
           *         "raised_by": "api",
           *         "due_date": "2025-04-20T18:29:59+00:00",
           *         "created_at": "2025-04-10T09:00:00+00:00",
           *         "ticket_labels": "billing,urgent",
           *         "quoted_message_id": "3EB0CA3ED694ED50FD3F18",
           *         "ticket_custom_properties": {
           *           "property-abcdefghijklmnop": "gold"
           *         },
           *         "first_assigned_at": "2025-04-10T09:00:00+00:00",
           *         "is_deleted": false
           *       },
           *       "attached_messages": [
           *         {
           *           "message_id": "false_919537851844@c.us_3EB0CA3ED694ED50FD3F18",
           *           "chat_id": "919537851844@c.us",
           *           "org_phone": "918527184400@c.us",
           *           "body": "My order has not arrived.",
           *           "timestamp": "2025-01-26T13:40:00+00:00",
           *           "media_path": "https://storage.googleapis.com/periskope-media/919537851844/order.jpg",
           *           "sender_name": "Bharat",
           *           "sender_phone": "919537851844",
           *           "performed_by": "api"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TicketInfo'];
        };
      };
    };
  };
  getAllPhones: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All phones. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "phone_id": "phone-bqzvyibhmwkaergr",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "phone_name": "Support line",
           *         "phone_image": "https://cdn.example.com/phones/918527184400.jpg",
           *         "wa_state": "CONNECTED",
           *         "is_ready": true,
           *         "first_connected_at": "2025-01-02T10:00:00+00:00",
           *         "created_at": "2025-01-02T09:55:00+00:00",
           *         "updated_at": "2025-01-20T08:00:00+00:00",
           *         "label_ids": {
           *           "label-ukjqhqngnakncalm": true
           *         },
           *         "labels": [
           *           "sales"
           *         ]
           *       },
           *       {
           *         "phone_id": "phone-hjwqkzlmvnrtsxyp",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918824248940@c.us",
           *         "phone_name": "Sales line",
           *         "phone_image": "https://cdn.example.com/phones/918527184400.jpg",
           *         "wa_state": "DISCONNECTED",
           *         "is_ready": false,
           *         "first_connected_at": "2025-01-02T10:00:00+00:00",
           *         "created_at": "2025-01-02T09:55:00+00:00",
           *         "updated_at": "2025-01-20T08:00:00+00:00",
           *         "label_ids": {
           *           "label-ukjqhqngnakncalm": true
           *         },
           *         "labels": [
           *           "sales"
           *         ],
           *         "qr_code": "2@Xk9sP0aQm3lR7tV1bN4cD6fG8hJ2kL5zX8cV0bN3mQ==,AbCdEf==,GhIjKl=="
           *       }
           *     ]
           */
          'application/json': components['schemas']['Phone'][];
        };
      };
    };
  };
  getPhone: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The phone. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "phone_id": "phone-bqzvyibhmwkaergr",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "phone_name": "Support line",
           *       "phone_image": "https://cdn.example.com/phones/918527184400.jpg",
           *       "wa_state": "CONNECTED",
           *       "is_ready": true,
           *       "first_connected_at": "2025-01-02T10:00:00+00:00",
           *       "created_at": "2025-01-02T09:55:00+00:00",
           *       "updated_at": "2025-01-20T08:00:00+00:00",
           *       "label_ids": {
           *         "label-ukjqhqngnakncalm": true
           *       },
           *       "labels": [
           *         "sales"
           *       ]
           *     }
           */
          'application/json': components['schemas']['Phone'];
        };
      };
      /** @description The x-phone header is missing. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": "VALIDATION_ERROR",
           *       "name": "Validation Error",
           *       "status": 422,
           *       "message": "Missing Header: {x-phone}",
           *       "fields": {
           *         "x-phone": {
           *           "message": "Provide the number (country code + number, digits only) or the phone_id of the phone to use in the x-phone header."
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
    };
  };
  getQr: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The QR payload. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example 2@Xk9sP0aQm3lR7tV1bN4cD6fG8hJ2kL5zX8cV0bN3mQ==,AbCdEf==,GhIjKl== */
          'application/json': string;
        };
      };
    };
  };
  updatePhone: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "phone_name": "Support line",
         *       "labels": "sales,support"
         *     }
         */
        'application/json': {
          /**
           * @description New WhatsApp name.
           * @example Support line
           */
          phone_name?: string;
          /**
           * @description Public URL of the new picture.
           * @example https://cdn.example.com/phones/support.png
           */
          phone_image?: string;
          /**
           * @description Comma-separated label names; unknown labels are created.
           * @example sales,support
           */
          labels?: string;
        };
      };
    };
    responses: {
      /** @description The phone after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "phone_id": "phone-bqzvyibhmwkaergr",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "phone_name": "Support line",
           *       "phone_image": "https://cdn.example.com/phones/918527184400.jpg",
           *       "wa_state": "CONNECTED",
           *       "is_ready": true,
           *       "first_connected_at": "2025-01-02T10:00:00+00:00",
           *       "created_at": "2025-01-02T09:55:00+00:00",
           *       "updated_at": "2025-01-20T08:00:00+00:00",
           *       "label_ids": {
           *         "label-ukjqhqngnakncalm": true
           *       },
           *       "labels": [
           *         "sales",
           *         "support"
           *       ]
           *     }
           */
          'application/json': components['schemas']['Phone'];
        };
      };
      /** @description No updatable field was sent. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": "VALIDATION_ERROR",
           *       "name": "Validation Error",
           *       "status": 422,
           *       "message": "Invalid body. At least one of the following keys are required: phone_name, phone_image, labels",
           *       "fields": {
           *         "phone_name": {
           *           "message": "phone_name is missing"
           *         },
           *         "phone_image": {
           *           "message": "phone_image is missing"
           *         },
           *         "labels": {
           *           "message": "labels is missing"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
    };
  };
  resyncPhone: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Resync started. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  restartPhone: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Restart started. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  resetPhone: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Phone logged out. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  createPhone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored phone record. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "phone_id": "phone-hjwqkzlmvnrtsxyp",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918824248940@c.us",
           *       "phone_name": "New phone",
           *       "wa_state": "DISCONNECTED",
           *       "is_ready": false,
           *       "is_browser_open": false,
           *       "created_at": "2025-01-02T09:55:00+00:00",
           *       "updated_at": "2025-01-02T09:55:00+00:00",
           *       "library": "wweb",
           *       "server_name": "wa-server-7",
           *       "server_zone": "asia-south1-a",
           *       "label_ids": {},
           *       "queue_status": {},
           *       "phone_state": {}
           *     }
           */
          'application/json': components['schemas']['OrgPhoneRecord'];
        };
      };
    };
  };
  deletePhone: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Phone removed. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  sendMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "chat_id": "919537851844@c.us",
         *       "message": "Hi from Periskope",
         *       "options": {
         *         "hide_url_preview": true
         *       }
         *     }
         */
        'application/json': {
          /**
           * @description Target chat: `<digits>@g.us` for a group; for a person the number, `@c.us` optional.
           * @example 919537851844@c.us
           */
          chat_id: string;
          /**
           * @description Text, or the caption when media is sent.
           * @example Hi from Periskope
           */
          message?: string;
          media?: components['schemas']['MediaInput'];
          /**
           * @description Id of the message to reply to.
           * @example 3EB0885B2C9D8E7F6A5B
           */
          reply_to?: string;
          poll?: components['schemas']['PollInput'];
          options?: {
            /**
             * @description Do not show a link preview.
             * @example true
             */
            hide_url_preview?: boolean;
          };
        };
      };
    };
    responses: {
      /** @description Where the message was queued. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "queue_id": "ba3273cb-12be-48d4-90e0-0cbc0b427ef1",
           *       "queue_position": 0,
           *       "unique_id": "3EB05FC204C28E456D8596",
           *       "hint": "Track this message with GET /queue/jobs?queue_id=ba3273cb-12be-48d4-90e0-0cbc0b427ef1"
           *     }
           */
          'application/json': components['schemas']['SendMessageResult'];
        };
      };
    };
  };
  broadcastMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "chat_ids": [
         *         "919537851844@c.us",
         *         "918824248940@c.us"
         *       ],
         *       "message": "Hello {{name}}",
         *       "scheduled_at": "2025-02-06T11:21:00Z",
         *       "delay": 10,
         *       "variables": [
         *         {
         *           "chat_id": "918824248940@c.us",
         *           "values": {
         *             "name": "Hansal"
         *           }
         *         }
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Target chats.
           * @example [
           *       "919537851844@c.us",
           *       "120363371308389685@g.us"
           *     ]
           */
          chat_ids: string[];
          /**
           * @description Text or caption; may contain template variables.
           * @example Hello {{name}}
           */
          message?: string;
          media?: components['schemas']['MediaInput'];
          poll?: components['schemas']['PollInput'];
          /**
           * @description Message to reply to.
           * @example 3EB0885B2C9D8E7F6A5B
           */
          reply_to?: string;
          /**
           * @description Send time in UTC (ISO 8601); omit to send now.
           * @example 2025-02-06T11:21:00Z
           */
          scheduled_at?: string;
          /**
           * @description Seconds between two sends.
           * @default 1
           * @example 10
           */
          delay?: number;
          /** @description Template values per chat. */
          variables?: {
            /** @example 918824248940@c.us */
            chat_id: string;
            /**
             * @example {
             *       "name": "Hansal"
             *     }
             */
            values: {
              [key: string]: string;
            };
          }[];
        };
      };
    };
    responses: {
      /** @description The new broadcast. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "broadcast_id": "b25192d5-2370-4a69-b844-aae5e2bfae92"
           *     }
           */
          'application/json': components['schemas']['BroadcastResult'];
        };
      };
    };
  };
  getMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Message id (`<from_me>_<chat_id>_<WhatsApp id>`) or the queue_id returned when it was sent.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        message_id: components['parameters']['MessageId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "chat_id": "919537851844@c.us",
           *       "message_type": "chat",
           *       "body": "Hi from Periskope",
           *       "ack": "3",
           *       "author": "918527184400@c.us",
           *       "from": "918527184400@c.us",
           *       "to": "919537851844@c.us",
           *       "from_me": true,
           *       "sender_phone": "918527184400",
           *       "timestamp": "2025-01-20T08:52:04+00:00",
           *       "updated_at": "2025-01-20T08:53:10+00:00",
           *       "id": {
           *         "id": "3EB0C628A1B2C3D4E5F6",
           *         "fromMe": true,
           *         "remote": "919537851844@c.us",
           *         "_serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *       },
           *       "unique_id": "3EB0C628A1B2C3D4E5F6",
           *       "sent_message_id": "3EB0C628A1B2C3D4E5F6",
           *       "performed_by": "api",
           *       "quoted_message_id": "3EB0885B2C9D8E7F6A5B",
           *       "has_quoted_msg": true,
           *       "prev_body": "Hi from Periskop",
           *       "is_deleted": false,
           *       "is_forwarded": false,
           *       "forwarding_score": 0,
           *       "has_media": false,
           *       "broadcast": false,
           *       "mentioned_ids": [],
           *       "vcards": [],
           *       "is_ephemeral": false,
           *       "is_gif": false,
           *       "is_starred": false,
           *       "is_status": false,
           *       "has_reaction": true,
           *       "device_type": "web",
           *       "delivery_info": {
           *         "delivered": {
           *           "919537851844@c.us": 1737363126000
           *         },
           *         "read": {
           *           "919537851844@c.us": 1737363186000
           *         },
           *         "pending": [],
           *         "delivered_count": 1,
           *         "read_count": 1
           *       },
           *       "flag_status": false,
           *       "reactions": [
           *         {
           *           "reaction_id": "false_919537851844@c.us_3EB0C628A1B2C3D4E5F6_919537851844@c.us",
           *           "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *           "reaction": "👍",
           *           "sender_id": "919537851844@c.us",
           *           "chat_id": "919537851844@c.us",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "timestamp": "2025-04-25T10:15:00+00:00",
           *           "read": true,
           *           "ack": 1,
           *           "orphan": 0,
           *           "orphan_reason": "none",
           *           "id": {
           *             "id": "3EB0D1E2F3A4B5C6D7E8",
           *             "remote": "919537851844@c.us",
           *             "from_me": false,
           *             "serialized": "false_919537851844@c.us_3EB0D1E2F3A4B5C6D7E8"
           *           },
           *           "msg_id": {
           *             "id": "3EB0C628A1B2C3D4E5F6",
           *             "remote": "919537851844@c.us",
           *             "from_me": true,
           *             "serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *           },
           *           "unique_id": "3EB0D1E2F3A4B5C6D7E8"
           *         }
           *       ],
           *       "is_private_note": false
           *     }
           */
          'application/json': components['schemas']['Message'];
        };
      };
    };
  };
  editMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Message id (`<from_me>_<chat_id>_<WhatsApp id>`) or the queue_id returned when it was sent.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        message_id: components['parameters']['MessageId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "edited_body": "Hello, Edited World"
         *     }
         */
        'application/json': {
          /**
           * @description New text.
           * @example Hello, Edited World
           */
          edited_body: string;
        };
      };
    };
    responses: {
      /** @description Message edited. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  forwardMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Message id (`<from_me>_<chat_id>_<WhatsApp id>`) or the queue_id returned when it was sent.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        message_id: components['parameters']['MessageId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "forward_chat_ids": [
         *         "919289665999@c.us",
         *         "120363371308389685@g.us"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Chats to forward to.
           * @example [
           *       "919876543210@c.us"
           *     ]
           */
          forward_chat_ids: string[];
        };
      };
    };
    responses: {
      /** @description Message forwarded. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deleteMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Message id (`<from_me>_<chat_id>_<WhatsApp id>`) or the queue_id returned when it was sent.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        message_id: components['parameters']['MessageId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Message deleted. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  reactToMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Message id (`<from_me>_<chat_id>_<WhatsApp id>`) or the queue_id returned when it was sent.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        message_id: components['parameters']['MessageId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reaction": "😄"
         *     }
         */
        'application/json': {
          /**
           * @description One emoji.
           * @example 😄
           */
          reaction: string;
        };
      };
    };
    responses: {
      /** @description Reaction set. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  pinMessage: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Message id (`<from_me>_<chat_id>_<WhatsApp id>`) or the queue_id returned when it was sent.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        message_id: components['parameters']['MessageId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "pin": true
         *     }
         */
        'application/json': {
          /**
           * @description true pins, false unpins.
           * @example true
           */
          pin: boolean;
        };
      };
    };
    responses: {
      /** @description Done. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
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
  getMessageStatus: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description unique_id returned when the message was sent.
         * @example 3EB0A0A8F90A01259C81A3
         */
        unique_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Delivery status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "queue_id": "5df4cb6d-9f2b-46b6-936e-8e6f4b1a5400",
           *       "unique_id": "3EB0A0A8F90A01259C81A3",
           *       "message_id": "true_918824248940@c.us_3EB0A0A8F90A01259C81A3",
           *       "chat_id": "918824248940@c.us",
           *       "performed_by": "api",
           *       "status": "read",
           *       "status_description": "Read by recipient.",
           *       "ack": 4,
           *       "message": {
           *         "body": "test 93",
           *         "type": "chat",
           *         "quoted_message_id": "3EB0885B2C9D8E7F6A5B"
           *       },
           *       "timeline": {
           *         "queued_at": "2026-04-01T14:23:21.279Z",
           *         "sent_at": "2026-04-01T14:23:24.111Z"
           *       },
           *       "attempts": 1,
           *       "delivered_count": 1,
           *       "read_count": 1
           *     }
           */
          'application/json': components['schemas']['MessageDeliveryStatus'];
        };
      };
    };
  };
  getQueueStatus: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queue counters. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "active": 0,
           *       "pending": 0,
           *       "completed": 16,
           *       "failed": 10,
           *       "is_running": true
           *     }
           */
          'application/json': components['schemas']['QueueStatus'];
        };
      };
    };
  };
  fetchQueueJobs: {
    parameters: {
      query?: {
        /**
         * @description Only this job.
         * @example 63cda77b-73de-433e-a652-a8f489100d43
         */
        queue_id?: string;
        /**
         * @description Only the jobs of this broadcast.
         * @example b25192d5-2370-4a69-b844-aae5e2bfae92
         */
        broadcast_id?: string;
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queue jobs. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "63cda77b-73de-433e-a652-a8f489100d43",
           *         "status": "completed",
           *         "message_id": "3EB0BB657AE18C4D3BB276DFB67F6CCA7DD13234",
           *         "data": {
           *           "body": "Hi from Periskope",
           *           "chat_id": "919537851844@c.us"
           *         },
           *         "addedTimestamp": 1737373507280,
           *         "processedTimestamp": 1737373507380,
           *         "finishedTimestamp": 1737373510691,
           *         "attemptsMade": 1,
           *         "attemptsStarted": 1,
           *         "stacktrace": []
           *       }
           *     ]
           */
          'application/json': components['schemas']['QueueJob'][];
        };
      };
    };
  };
  getBroadcastStatus: {
    parameters: {
      query: {
        /**
         * @description Broadcast id.
         * @example 22b2a2a4-3c61-4b94-807c-fa431e71a8e5
         */
        broadcast_id: string;
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Broadcast status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "broadcast_id": "22b2a2a4-3c61-4b94-807c-fa431e71a8e5",
           *       "org_id": "5fb0d69a-d789-4429-970e-66d48e381c9b",
           *       "message_payload": {
           *         "body": "#generalteam#",
           *         "message_type": "chat",
           *         "performed_by": "api"
           *       },
           *       "created_at": "2025-03-10T11:11:20.049901+00:00",
           *       "scheduled_at": "2025-03-10T12:11:19.52+00:00",
           *       "performed_by": "5fb0d69a-d789-4429-970e-66d48e381c9b",
           *       "performed_at": "2025-03-10T12:11:20+00:00",
           *       "broadcast_status": "completed",
           *       "total_chats": 2,
           *       "sent_chats": 2,
           *       "failed_chats": 0,
           *       "pending_chats": 0,
           *       "total_member_count": 14,
           *       "total_delivered_count": 12,
           *       "total_read_count": 9,
           *       "delivered_percentage": 85.7,
           *       "read_percentage": 64.3,
           *       "logs": []
           *     }
           */
          'application/json': components['schemas']['BroadcastStatus'];
        };
      };
    };
  };
  purgeQueue: {
    parameters: {
      query?: {
        /**
         * @description Jobs to drop; repeat the parameter for several.
         * @example [
         *       "63cda77b-73de-433e-a652-a8f489100d43"
         *     ]
         */
        queue_id?: string[];
        /**
         * @description Drop every job of this broadcast.
         * @example 22b2a2a4-3c61-4b94-807c-fa431e71a8e5
         */
        broadcast_id?: string;
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Jobs dropped. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  markRead: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Chat id: `<digits>@c.us` for a person (the suffix may be left out), `<digits>@g.us` for a group.
         * @example 919537851844@c.us
         */
        chat_id: components['parameters']['ChatId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Chat marked as read; no body. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  listAllChats: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description Only items at or after this time: a date (2025-04-25) or an ISO 8601 time.
         * @example 2025-04-25T00:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Only items at or before this time: a date (2025-04-30) or an ISO 8601 time.
         * @example 2025-04-30T23:59:59Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description Only chats of this kind, e.g. `user`, `group` or `business`.
         * @example group
         */
        chat_type?: string;
        /**
         * @description Only chats with this label id.
         * @example label-kbvlbnvesomvgqpt
         */
        label?: string;
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of chats. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "chats": [
           *         {
           *           "chat_id": "120363371308389685@g.us",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "chat_name": "Periskope Support",
           *           "chat_type": "group",
           *           "chat_image": "https://cdn.example.com/groups/120363371308389685.jpg",
           *           "created_at": "2025-01-10T07:30:00+00:00",
           *           "updated_at": "2025-01-21T11:04:00+00:00",
           *           "assigned_to": "agent@example.com",
           *           "chat_access": {
           *             "agent@example.com": true
           *           },
           *           "label_ids": {
           *             "label-kbvlbnvesomvgqpt": true
           *           },
           *           "labels": [
           *             "chatlabel1"
           *           ],
           *           "members": {
           *             "919537851844@c.us": {
           *               "chat_id": "120363371308389685@g.us",
           *               "contact_id": "919537851844@c.us",
           *               "contact_name": "Bharat",
           *               "contact_color": "#FA6533",
           *               "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *               "contact_type": "user",
           *               "is_admin": false,
           *               "is_super_admin": false,
           *               "is_internal": false,
           *               "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *               "org_phone": "918527184400@c.us"
           *             }
           *           },
           *           "member_count": 2,
           *           "latest_message": {
           *             "message_id": "false_120363371308389685@g.us_3EB0AB12CD34EF567890_919537851844@c.us",
           *             "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *             "org_phone": "918527184400@c.us",
           *             "chat_id": "120363371308389685@g.us",
           *             "message_type": "image",
           *             "body": "Invoice attached",
           *             "ack": "2",
           *             "author": "919537851844@c.us",
           *             "from": "120363371308389685@g.us",
           *             "to": "918527184400@c.us",
           *             "from_me": false,
           *             "sender_phone": "919537851844",
           *             "timestamp": "2025-01-21T11:04:00+00:00",
           *             "unique_id": "3EB0AB12CD34EF567890",
           *             "has_media": true,
           *             "media": {
           *               "path": "https://storage.googleapis.com/periskope-media/120363371308389685/invoice.jpg",
           *               "mimetype": "image/jpeg",
           *               "filename": "invoice.jpg",
           *               "dimensions": {
           *                 "width": 1280,
           *                 "height": 720,
           *                 "ar": 1.78
           *               },
           *               "size": 48213
           *             },
           *             "flag_status": true,
           *             "flag_metadata": {
           *               "status": true,
           *               "flagged_by": "system",
           *               "flagged_at": "2025-01-21T11:04:00+00:00"
           *             },
           *             "is_deleted": false,
           *             "reactions": []
           *           },
           *           "message_unread_count": 1,
           *           "invite_link": "https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA",
           *           "group_description": "Customer support group",
           *           "info_admins_only": false,
           *           "messages_admins_only": false,
           *           "add_members_admins_only": true,
           *           "is_muted": false,
           *           "is_exited": false,
           *           "is_archived": false,
           *           "is_pinned": false,
           *           "chat_org_phones": [
           *             "918527184400@c.us"
           *           ],
           *           "custom_properties": {
           *             "property-tlkudzxmhjkgoktm": "hello"
           *           },
           *           "flag_count_map": {
           *             "918527184400@c.us": 1
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ChatList'];
        };
      };
      422: components['responses']['LimitTooHigh'];
    };
  };
  listAllMessages: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description Only items at or after this time: a date (2025-04-25) or an ISO 8601 time.
         * @example 2025-04-25T00:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Only items at or before this time: a date (2025-04-30) or an ISO 8601 time.
         * @example 2025-04-30T23:59:59Z
         */
        end_time?: components['parameters']['EndTime'];
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of messages. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 2,
           *       "count": 2,
           *       "messages": [
           *         {
           *           "message_id": "false_120363371308389685@g.us_3EB0AB12CD34EF567890_919537851844@c.us",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "chat_id": "120363371308389685@g.us",
           *           "message_type": "image",
           *           "body": "Invoice attached",
           *           "ack": "2",
           *           "author": "919537851844@c.us",
           *           "from": "120363371308389685@g.us",
           *           "to": "918527184400@c.us",
           *           "from_me": false,
           *           "sender_phone": "919537851844",
           *           "timestamp": "2025-01-21T11:04:00+00:00",
           *           "unique_id": "3EB0AB12CD34EF567890",
           *           "has_media": true,
           *           "media": {
           *             "path": "https://storage.googleapis.com/periskope-media/120363371308389685/invoice.jpg",
           *             "mimetype": "image/jpeg",
           *             "filename": "invoice.jpg",
           *             "dimensions": {
           *               "width": 1280,
           *               "height": 720,
           *               "ar": 1.78
           *             },
           *             "size": 48213
           *           },
           *           "flag_status": true,
           *           "flag_metadata": {
           *             "status": true,
           *             "flagged_by": "system",
           *             "flagged_at": "2025-01-21T11:04:00+00:00"
           *           },
           *           "is_deleted": false,
           *           "reactions": []
           *         },
           *         {
           *           "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "chat_id": "919537851844@c.us",
           *           "message_type": "chat",
           *           "body": "Hi from Periskope",
           *           "ack": "3",
           *           "author": "918527184400@c.us",
           *           "from": "918527184400@c.us",
           *           "to": "919537851844@c.us",
           *           "from_me": true,
           *           "sender_phone": "918527184400",
           *           "timestamp": "2025-01-20T08:52:04+00:00",
           *           "updated_at": "2025-01-20T08:53:10+00:00",
           *           "id": {
           *             "id": "3EB0C628A1B2C3D4E5F6",
           *             "fromMe": true,
           *             "remote": "919537851844@c.us",
           *             "_serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *           },
           *           "unique_id": "3EB0C628A1B2C3D4E5F6",
           *           "sent_message_id": "3EB0C628A1B2C3D4E5F6",
           *           "performed_by": "api",
           *           "quoted_message_id": "3EB0885B2C9D8E7F6A5B",
           *           "has_quoted_msg": true,
           *           "prev_body": "Hi from Periskop",
           *           "is_deleted": false,
           *           "is_forwarded": false,
           *           "forwarding_score": 0,
           *           "has_media": false,
           *           "broadcast": false,
           *           "mentioned_ids": [],
           *           "vcards": [],
           *           "is_ephemeral": false,
           *           "is_gif": false,
           *           "is_starred": false,
           *           "is_status": false,
           *           "has_reaction": true,
           *           "device_type": "web",
           *           "delivery_info": {
           *             "delivered": {
           *               "919537851844@c.us": 1737363126000
           *             },
           *             "read": {
           *               "919537851844@c.us": 1737363186000
           *             },
           *             "pending": [],
           *             "delivered_count": 1,
           *             "read_count": 1
           *           },
           *           "flag_status": false,
           *           "reactions": [
           *             {
           *               "reaction_id": "false_919537851844@c.us_3EB0C628A1B2C3D4E5F6_919537851844@c.us",
           *               "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *               "reaction": "👍",
           *               "sender_id": "919537851844@c.us",
           *               "chat_id": "919537851844@c.us",
           *               "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *               "org_phone": "918527184400@c.us",
           *               "timestamp": "2025-04-25T10:15:00+00:00",
           *               "read": true,
           *               "ack": 1,
           *               "orphan": 0,
           *               "orphan_reason": "none",
           *               "id": {
           *                 "id": "3EB0D1E2F3A4B5C6D7E8",
           *                 "remote": "919537851844@c.us",
           *                 "from_me": false,
           *                 "serialized": "false_919537851844@c.us_3EB0D1E2F3A4B5C6D7E8"
           *               },
           *               "msg_id": {
           *                 "id": "3EB0C628A1B2C3D4E5F6",
           *                 "remote": "919537851844@c.us",
           *                 "from_me": true,
           *                 "serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *               },
           *               "unique_id": "3EB0D1E2F3A4B5C6D7E8"
           *             }
           *           ],
           *           "is_private_note": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['MessageList'];
        };
      };
      422: components['responses']['LimitTooHigh'];
    };
  };
  listAllNotifications: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description Only items at or after this time: a date (2025-04-25) or an ISO 8601 time.
         * @example 2025-04-25T00:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Only items at or before this time: a date (2025-04-30) or an ISO 8601 time.
         * @example 2025-04-30T23:59:59Z
         */
        end_time?: components['parameters']['EndTime'];
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notifications. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "messages": [
           *         {
           *           "notification_id": "true_120363371308389685@g.us_2419806573_918527184400@c.us_remove",
           *           "type": "remove",
           *           "author": "918527184400@c.us",
           *           "body": "removed 919537851844",
           *           "chat_id": "120363371308389685@g.us",
           *           "recipientids": [
           *             "919537851844@c.us"
           *           ],
           *           "timestamp": "2025-01-21T10:00:00+00:00",
           *           "id": {
           *             "fromMe": true,
           *             "id": "2419806573",
           *             "remote": "120363371308389685@g.us",
           *             "serialized": "true_120363371308389685@g.us_2419806573"
           *           },
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "unique_id": "2419806573"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['NotificationList'];
        };
      };
      422: components['responses']['LimitTooHigh'];
    };
  };
  getChatById: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Chat id: `<digits>@c.us` for a person (the suffix may be left out), `<digits>@g.us` for a group.
         * @example 919537851844@c.us
         */
        chat_id: components['parameters']['ChatId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chat. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat_id": "919537851844@c.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "chat_name": "Bharat",
           *       "chat_type": "user",
           *       "chat_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *       "created_at": "2025-01-10T07:30:00+00:00",
           *       "updated_at": "2025-01-20T08:53:10+00:00",
           *       "assigned_to": "agent@example.com",
           *       "chat_access": {
           *         "agent@example.com": true
           *       },
           *       "label_ids": {
           *         "label-kbvlbnvesomvgqpt": true,
           *         "label-ukjqhqngnakncalm": true
           *       },
           *       "labels": [
           *         "chatlabel1",
           *         "chatlabel2"
           *       ],
           *       "latest_message": {
           *         "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "chat_id": "919537851844@c.us",
           *         "message_type": "chat",
           *         "body": "Hi from Periskope",
           *         "ack": "3",
           *         "author": "918527184400@c.us",
           *         "from": "918527184400@c.us",
           *         "to": "919537851844@c.us",
           *         "from_me": true,
           *         "sender_phone": "918527184400",
           *         "timestamp": "2025-01-20T08:52:04+00:00",
           *         "updated_at": "2025-01-20T08:53:10+00:00",
           *         "id": {
           *           "id": "3EB0C628A1B2C3D4E5F6",
           *           "fromMe": true,
           *           "remote": "919537851844@c.us",
           *           "_serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *         },
           *         "unique_id": "3EB0C628A1B2C3D4E5F6",
           *         "sent_message_id": "3EB0C628A1B2C3D4E5F6",
           *         "performed_by": "api",
           *         "quoted_message_id": "3EB0885B2C9D8E7F6A5B",
           *         "has_quoted_msg": true,
           *         "prev_body": "Hi from Periskop",
           *         "is_deleted": false,
           *         "is_forwarded": false,
           *         "forwarding_score": 0,
           *         "has_media": false,
           *         "broadcast": false,
           *         "mentioned_ids": [],
           *         "vcards": [],
           *         "is_ephemeral": false,
           *         "is_gif": false,
           *         "is_starred": false,
           *         "is_status": false,
           *         "has_reaction": true,
           *         "device_type": "web",
           *         "delivery_info": {
           *           "delivered": {
           *             "919537851844@c.us": 1737363126000
           *           },
           *           "read": {
           *             "919537851844@c.us": 1737363186000
           *           },
           *           "pending": [],
           *           "delivered_count": 1,
           *           "read_count": 1
           *         },
           *         "flag_status": false,
           *         "reactions": [
           *           {
           *             "reaction_id": "false_919537851844@c.us_3EB0C628A1B2C3D4E5F6_919537851844@c.us",
           *             "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *             "reaction": "👍",
           *             "sender_id": "919537851844@c.us",
           *             "chat_id": "919537851844@c.us",
           *             "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *             "org_phone": "918527184400@c.us",
           *             "timestamp": "2025-04-25T10:15:00+00:00",
           *             "read": true,
           *             "ack": 1,
           *             "orphan": 0,
           *             "orphan_reason": "none",
           *             "id": {
           *               "id": "3EB0D1E2F3A4B5C6D7E8",
           *               "remote": "919537851844@c.us",
           *               "from_me": false,
           *               "serialized": "false_919537851844@c.us_3EB0D1E2F3A4B5C6D7E8"
           *             },
           *             "msg_id": {
           *               "id": "3EB0C628A1B2C3D4E5F6",
           *               "remote": "919537851844@c.us",
           *               "from_me": true,
           *               "serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *             },
           *             "unique_id": "3EB0D1E2F3A4B5C6D7E8"
           *           }
           *         ],
           *         "is_private_note": false
           *       },
           *       "message_unread_count": 0,
           *       "is_muted": false,
           *       "is_exited": false,
           *       "is_archived": false,
           *       "common_chats": [
           *         "120363371308389685@g.us"
           *       ],
           *       "chat_org_phones": [
           *         "918527184400@c.us"
           *       ],
           *       "custom_properties": {
           *         "property-tlkudzxmhjkgoktm": "hello"
           *       }
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
    };
  };
  updateChat: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Chat id: `<digits>@c.us` for a person (the suffix may be left out), `<digits>@g.us` for a group.
         * @example 919537851844@c.us
         */
        chat_id: components['parameters']['ChatId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "assigned_to": "agent@example.com",
         *       "labels": "chatlabel1,chatlabel2",
         *       "custom_properties": {
         *         "property-tlkudzxmhjkgoktm": "hello"
         *       }
         *     }
         */
        'application/json': {
          /**
           * @description E-mail of the member to assign.
           * @example agent@example.com
           */
          assigned_to?: string;
          /**
           * @description Comma-separated label names; replaces the current labels.
           * @example chatlabel1,chatlabel2
           */
          labels?: string;
          /**
           * @description Values keyed by custom property id.
           * @example {
           *       "property-tlkudzxmhjkgoktm": "hello"
           *     }
           */
          custom_properties?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description The chat after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat_id": "919537851844@c.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "chat_name": "Bharat",
           *       "chat_type": "user",
           *       "chat_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *       "created_at": "2025-01-10T07:30:00+00:00",
           *       "updated_at": "2025-01-20T08:53:10+00:00",
           *       "assigned_to": "agent@example.com",
           *       "chat_access": {
           *         "agent@example.com": true
           *       },
           *       "label_ids": {
           *         "label-kbvlbnvesomvgqpt": true,
           *         "label-ukjqhqngnakncalm": true
           *       },
           *       "labels": [
           *         "chatlabel1",
           *         "chatlabel2"
           *       ],
           *       "latest_message": {
           *         "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "chat_id": "919537851844@c.us",
           *         "message_type": "chat",
           *         "body": "Hi from Periskope",
           *         "ack": "3",
           *         "author": "918527184400@c.us",
           *         "from": "918527184400@c.us",
           *         "to": "919537851844@c.us",
           *         "from_me": true,
           *         "sender_phone": "918527184400",
           *         "timestamp": "2025-01-20T08:52:04+00:00",
           *         "updated_at": "2025-01-20T08:53:10+00:00",
           *         "id": {
           *           "id": "3EB0C628A1B2C3D4E5F6",
           *           "fromMe": true,
           *           "remote": "919537851844@c.us",
           *           "_serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *         },
           *         "unique_id": "3EB0C628A1B2C3D4E5F6",
           *         "sent_message_id": "3EB0C628A1B2C3D4E5F6",
           *         "performed_by": "api",
           *         "quoted_message_id": "3EB0885B2C9D8E7F6A5B",
           *         "has_quoted_msg": true,
           *         "prev_body": "Hi from Periskop",
           *         "is_deleted": false,
           *         "is_forwarded": false,
           *         "forwarding_score": 0,
           *         "has_media": false,
           *         "broadcast": false,
           *         "mentioned_ids": [],
           *         "vcards": [],
           *         "is_ephemeral": false,
           *         "is_gif": false,
           *         "is_starred": false,
           *         "is_status": false,
           *         "has_reaction": true,
           *         "device_type": "web",
           *         "delivery_info": {
           *           "delivered": {
           *             "919537851844@c.us": 1737363126000
           *           },
           *           "read": {
           *             "919537851844@c.us": 1737363186000
           *           },
           *           "pending": [],
           *           "delivered_count": 1,
           *           "read_count": 1
           *         },
           *         "flag_status": false,
           *         "reactions": [
           *           {
           *             "reaction_id": "false_919537851844@c.us_3EB0C628A1B2C3D4E5F6_919537851844@c.us",
           *             "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *             "reaction": "👍",
           *             "sender_id": "919537851844@c.us",
           *             "chat_id": "919537851844@c.us",
           *             "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *             "org_phone": "918527184400@c.us",
           *             "timestamp": "2025-04-25T10:15:00+00:00",
           *             "read": true,
           *             "ack": 1,
           *             "orphan": 0,
           *             "orphan_reason": "none",
           *             "id": {
           *               "id": "3EB0D1E2F3A4B5C6D7E8",
           *               "remote": "919537851844@c.us",
           *               "from_me": false,
           *               "serialized": "false_919537851844@c.us_3EB0D1E2F3A4B5C6D7E8"
           *             },
           *             "msg_id": {
           *               "id": "3EB0C628A1B2C3D4E5F6",
           *               "remote": "919537851844@c.us",
           *               "from_me": true,
           *               "serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *             },
           *             "unique_id": "3EB0D1E2F3A4B5C6D7E8"
           *           }
           *         ],
           *         "is_private_note": false
           *       },
           *       "message_unread_count": 0,
           *       "is_muted": false,
           *       "is_exited": false,
           *       "is_archived": false,
           *       "common_chats": [
           *         "120363371308389685@g.us"
           *       ],
           *       "chat_org_phones": [
           *         "918527184400@c.us"
           *       ],
           *       "custom_properties": {
           *         "property-tlkudzxmhjkgoktm": "hello"
           *       }
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
      /** @description No updatable field was sent. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": "VALIDATION_ERROR",
           *       "name": "Validation Error",
           *       "status": 422,
           *       "message": "Invalid body. At least one of the following keys are required: labels, custom_properties, assigned_to",
           *       "fields": {
           *         "labels": {
           *           "message": "labels is missing"
           *         },
           *         "custom_properties": {
           *           "message": "custom_properties is missing"
           *         },
           *         "assigned_to": {
           *           "message": "assigned_to is missing"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
    };
  };
  getMessagesInAChat: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Chat id: `<digits>@c.us` for a person (the suffix may be left out), `<digits>@g.us` for a group.
         * @example 919537851844@c.us
         */
        chat_id: components['parameters']['ChatId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of messages. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "messages": [
           *         {
           *           "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "chat_id": "919537851844@c.us",
           *           "message_type": "chat",
           *           "body": "Hi from Periskope",
           *           "ack": "3",
           *           "author": "918527184400@c.us",
           *           "from": "918527184400@c.us",
           *           "to": "919537851844@c.us",
           *           "from_me": true,
           *           "sender_phone": "918527184400",
           *           "timestamp": "2025-01-20T08:52:04+00:00",
           *           "updated_at": "2025-01-20T08:53:10+00:00",
           *           "id": {
           *             "id": "3EB0C628A1B2C3D4E5F6",
           *             "fromMe": true,
           *             "remote": "919537851844@c.us",
           *             "_serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *           },
           *           "unique_id": "3EB0C628A1B2C3D4E5F6",
           *           "sent_message_id": "3EB0C628A1B2C3D4E5F6",
           *           "performed_by": "api",
           *           "quoted_message_id": "3EB0885B2C9D8E7F6A5B",
           *           "has_quoted_msg": true,
           *           "prev_body": "Hi from Periskop",
           *           "is_deleted": false,
           *           "is_forwarded": false,
           *           "forwarding_score": 0,
           *           "has_media": false,
           *           "broadcast": false,
           *           "mentioned_ids": [],
           *           "vcards": [],
           *           "is_ephemeral": false,
           *           "is_gif": false,
           *           "is_starred": false,
           *           "is_status": false,
           *           "has_reaction": true,
           *           "device_type": "web",
           *           "delivery_info": {
           *             "delivered": {
           *               "919537851844@c.us": 1737363126000
           *             },
           *             "read": {
           *               "919537851844@c.us": 1737363186000
           *             },
           *             "pending": [],
           *             "delivered_count": 1,
           *             "read_count": 1
           *           },
           *           "flag_status": false,
           *           "reactions": [
           *             {
           *               "reaction_id": "false_919537851844@c.us_3EB0C628A1B2C3D4E5F6_919537851844@c.us",
           *               "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *               "reaction": "👍",
           *               "sender_id": "919537851844@c.us",
           *               "chat_id": "919537851844@c.us",
           *               "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *               "org_phone": "918527184400@c.us",
           *               "timestamp": "2025-04-25T10:15:00+00:00",
           *               "read": true,
           *               "ack": 1,
           *               "orphan": 0,
           *               "orphan_reason": "none",
           *               "id": {
           *                 "id": "3EB0D1E2F3A4B5C6D7E8",
           *                 "remote": "919537851844@c.us",
           *                 "from_me": false,
           *                 "serialized": "false_919537851844@c.us_3EB0D1E2F3A4B5C6D7E8"
           *               },
           *               "msg_id": {
           *                 "id": "3EB0C628A1B2C3D4E5F6",
           *                 "remote": "919537851844@c.us",
           *                 "from_me": true,
           *                 "serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *               },
           *               "unique_id": "3EB0D1E2F3A4B5C6D7E8"
           *             }
           *           ],
           *           "is_private_note": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['MessageList'];
        };
      };
      422: components['responses']['LimitTooHigh'];
    };
  };
  getNotificationsInAChat: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notifications. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "messages": [
           *         {
           *           "notification_id": "true_120363371308389685@g.us_2419806573_918527184400@c.us_remove",
           *           "type": "remove",
           *           "author": "918527184400@c.us",
           *           "body": "removed 919537851844",
           *           "chat_id": "120363371308389685@g.us",
           *           "recipientids": [
           *             "919537851844@c.us"
           *           ],
           *           "timestamp": "2025-01-21T10:00:00+00:00",
           *           "id": {
           *             "fromMe": true,
           *             "id": "2419806573",
           *             "remote": "120363371308389685@g.us",
           *             "serialized": "true_120363371308389685@g.us_2419806573"
           *           },
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "unique_id": "2419806573"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['NotificationList'];
        };
      };
      422: components['responses']['LimitTooHigh'];
    };
  };
  updateChatLabels: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "labels": "high,low",
         *       "chat_ids": [
         *         "919537851844@c.us",
         *         "120363371308389685@g.us"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Comma-separated label names.
           * @example high,low
           */
          labels: string;
          /**
           * @description Chats to change.
           * @example [
           *       "919537851844@c.us"
           *     ]
           */
          chat_ids: string[];
        };
      };
    };
    responses: {
      /** @description Labels replaced. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description labels or chat_ids is missing. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": "VALIDATION_ERROR",
           *       "name": "Validation Error",
           *       "status": 422,
           *       "message": "Invalid body. All of the following keys are required: chat_ids, labels",
           *       "fields": {
           *         "chat_ids": {
           *           "message": "chat_ids is missing"
           *         },
           *         "labels": {
           *           "message": "labels is missing"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
    };
  };
  updateChatOverrideAccess: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "access": {
         *         "alice@example.com": true,
         *         "bob@example.com": false
         *       },
         *       "chat_ids": [
         *         "919537851844@c.us"
         *       ],
         *       "replace": false
         *     }
         */
        'application/json': {
          /**
           * @description Member e-mail to true (grant) or false (remove).
           * @example {
           *       "alice@example.com": true,
           *       "bob@example.com": false
           *     }
           */
          access: {
            [key: string]: boolean;
          };
          /**
           * @description Chats to change.
           * @example [
           *       "919537851844@c.us"
           *     ]
           */
          chat_ids: string[];
          /**
           * @description Replace all overrides instead of merging.
           * @example false
           */
          replace?: boolean;
        };
      };
    };
    responses: {
      /** @description Overrides saved. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description chat_ids is missing. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": "VALIDATION_ERROR",
           *       "name": "Validation Error",
           *       "status": 422,
           *       "message": "Invalid body. All of the following keys are required: chat_ids",
           *       "fields": {
           *         "chat_ids": {
           *           "message": "chat_ids is missing"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
    };
  };
  updateChatCustomProperties: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "replace": true,
         *       "properties": {
         *         "120485738989@g.us": {
         *           "property-bvngieuydkwbtcjn": "option1"
         *         }
         *       }
         *     }
         */
        'application/json': {
          /**
           * @description true replaces the current values of each chat; false merges.
           * @default true
           * @example true
           */
          replace?: boolean;
          /**
           * @description Chat id to a map of property id to value.
           * @example {
           *       "120485738989@g.us": {
           *         "property-bvngieuydkwbtcjn": "option1"
           *       }
           *     }
           */
          properties: {
            [key: string]: {
              [key: string]: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Values saved. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  createGroup: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "group_name": "Test New 1040",
         *       "participants": [
         *         "919537851844",
         *         "918824248940"
         *       ],
         *       "options": {
         *         "description": "Customer support group",
         *         "infoAdminsOnly": true
         *       }
         *     }
         */
        'application/json': {
          /**
           * @description Group name.
           * @example Test New 1040
           */
          group_name: string;
          /**
           * @description Numbers to add: country code and number, digits only.
           * @example [
           *       "919537851844"
           *     ]
           */
          participants: string[];
          options?: {
            /**
             * @description Group description.
             * @example Customer support group
             */
            description?: string;
            /**
             * @description Public URL of the group picture.
             * @example https://cdn.example.com/groups/new.png
             */
            image?: string;
            /**
             * @description Only admins may send messages.
             * @default false
             * @example false
             */
            messagesAdminsOnly?: boolean;
            /**
             * @description Only admins may edit group info.
             * @default false
             * @example true
             */
            infoAdminsOnly?: boolean;
            /**
             * @description Only admins may add participants.
             * @default false
             * @example true
             */
            addMembersAdminsOnly?: boolean;
            /**
             * @description Try to add everyone directly instead of inviting.
             * @default false
             * @example false
             */
            force_add_participants?: boolean;
          };
        };
      };
    };
    responses: {
      /** @description The new group. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat_id": "120363371308389685@g.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "chat_name": "Test New 1040",
           *       "chat_type": "group",
           *       "chat_image": "https://cdn.example.com/groups/120363371308389685.jpg",
           *       "created_at": "2025-01-10T07:30:00+00:00",
           *       "updated_at": "2025-01-21T11:04:00+00:00",
           *       "assigned_to": "agent@example.com",
           *       "chat_access": {
           *         "agent@example.com": true
           *       },
           *       "label_ids": {
           *         "label-kbvlbnvesomvgqpt": true
           *       },
           *       "labels": [
           *         "chatlabel1"
           *       ],
           *       "members": {
           *         "919537851844@c.us": {
           *           "chat_id": "120363371308389685@g.us",
           *           "contact_id": "919537851844@c.us",
           *           "contact_name": "Bharat",
           *           "contact_color": "#FA6533",
           *           "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *           "contact_type": "user",
           *           "is_admin": false,
           *           "is_super_admin": false,
           *           "is_internal": false,
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us"
           *         }
           *       },
           *       "member_count": 2,
           *       "message_unread_count": 1,
           *       "invite_link": "https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA",
           *       "group_description": "Customer support group",
           *       "info_admins_only": false,
           *       "messages_admins_only": false,
           *       "add_members_admins_only": true,
           *       "is_muted": false,
           *       "is_exited": false,
           *       "is_archived": false,
           *       "is_pinned": false,
           *       "chat_org_phones": [
           *         "918527184400@c.us"
           *       ],
           *       "custom_properties": {
           *         "property-tlkudzxmhjkgoktm": "hello"
           *       },
           *       "flag_count_map": {
           *         "918527184400@c.us": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
    };
  };
  updateGroupSettings: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Test Group Name Change",
         *       "infoAdminsOnly": true,
         *       "memberAddMode": true
         *     }
         */
        'application/json': {
          /**
           * @description New name.
           * @example Test Group Name Change
           */
          name?: string;
          /**
           * @description New description.
           * @example Support for premium customers
           */
          description?: string;
          /**
           * @description Public URL of the new picture.
           * @example https://cdn.example.com/groups/new.png
           */
          image?: string;
          /**
           * @description Only admins may send messages.
           * @example false
           */
          messagesAdminsOnly?: boolean;
          /**
           * @description Only admins may edit group info.
           * @example true
           */
          infoAdminsOnly?: boolean;
          /**
           * @description true: only admins may add participants.
           * @example true
           */
          memberAddMode?: boolean;
        };
      };
    };
    responses: {
      /** @description The group after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat_id": "120363371308389685@g.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "chat_name": "Test Group Name Change",
           *       "chat_type": "group",
           *       "chat_image": "https://cdn.example.com/groups/120363371308389685.jpg",
           *       "created_at": "2025-01-10T07:30:00+00:00",
           *       "updated_at": "2025-01-21T11:04:00+00:00",
           *       "assigned_to": "agent@example.com",
           *       "chat_access": {
           *         "agent@example.com": true
           *       },
           *       "label_ids": {
           *         "label-kbvlbnvesomvgqpt": true
           *       },
           *       "labels": [
           *         "chatlabel1"
           *       ],
           *       "members": {
           *         "919537851844@c.us": {
           *           "chat_id": "120363371308389685@g.us",
           *           "contact_id": "919537851844@c.us",
           *           "contact_name": "Bharat",
           *           "contact_color": "#FA6533",
           *           "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *           "contact_type": "user",
           *           "is_admin": false,
           *           "is_super_admin": false,
           *           "is_internal": false,
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us"
           *         }
           *       },
           *       "member_count": 2,
           *       "latest_message": {
           *         "message_id": "false_120363371308389685@g.us_3EB0AB12CD34EF567890_919537851844@c.us",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "chat_id": "120363371308389685@g.us",
           *         "message_type": "image",
           *         "body": "Invoice attached",
           *         "ack": "2",
           *         "author": "919537851844@c.us",
           *         "from": "120363371308389685@g.us",
           *         "to": "918527184400@c.us",
           *         "from_me": false,
           *         "sender_phone": "919537851844",
           *         "timestamp": "2025-01-21T11:04:00+00:00",
           *         "unique_id": "3EB0AB12CD34EF567890",
           *         "has_media": true,
           *         "media": {
           *           "path": "https://storage.googleapis.com/periskope-media/120363371308389685/invoice.jpg",
           *           "mimetype": "image/jpeg",
           *           "filename": "invoice.jpg",
           *           "dimensions": {
           *             "width": 1280,
           *             "height": 720,
           *             "ar": 1.78
           *           },
           *           "size": 48213
           *         },
           *         "flag_status": true,
           *         "flag_metadata": {
           *           "status": true,
           *           "flagged_by": "system",
           *           "flagged_at": "2025-01-21T11:04:00+00:00"
           *         },
           *         "is_deleted": false,
           *         "reactions": []
           *       },
           *       "message_unread_count": 1,
           *       "invite_link": "https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA",
           *       "group_description": "Customer support group",
           *       "info_admins_only": true,
           *       "messages_admins_only": false,
           *       "add_members_admins_only": true,
           *       "is_muted": false,
           *       "is_exited": false,
           *       "is_archived": false,
           *       "is_pinned": false,
           *       "chat_org_phones": [
           *         "918527184400@c.us"
           *       ],
           *       "custom_properties": {
           *         "property-tlkudzxmhjkgoktm": "hello"
           *       },
           *       "flag_count_map": {
           *         "918527184400@c.us": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
    };
  };
  refreshInvite: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new link. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "invite_link": "https://chat.whatsapp.com/invite/IzKhJSOewu2MwBxYVGofA"
           *     }
           */
          'application/json': {
            /**
             * @description New invite link.
             * @example https://chat.whatsapp.com/invite/IzKhJSOewu2MwBxYVGofA
             */
            invite_link: string;
          };
        };
      };
    };
  };
  acceptGroupInvite: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "invite_code": "EUKdz8Sdy9T2UWPnOKGkx"
         *     }
         */
        'application/json': {
          /**
           * @description Code at the end of the invite link.
           * @example EUKdz8Sdy9T2UWPnOKGkx
           */
          invite_code: string;
        };
      };
    };
    responses: {
      /** @description The joined group. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "chat_id": "120363371308389685@g.us",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "chat_name": "Periskope Support",
           *       "chat_type": "group",
           *       "chat_image": "https://cdn.example.com/groups/120363371308389685.jpg",
           *       "created_at": "2025-01-10T07:30:00+00:00",
           *       "updated_at": "2025-01-21T11:04:00+00:00",
           *       "assigned_to": "agent@example.com",
           *       "chat_access": {
           *         "agent@example.com": true
           *       },
           *       "label_ids": {},
           *       "labels": [],
           *       "members": {
           *         "919537851844@c.us": {
           *           "chat_id": "120363371308389685@g.us",
           *           "contact_id": "919537851844@c.us",
           *           "contact_name": "Bharat",
           *           "contact_color": "#FA6533",
           *           "contact_image": "https://cdn.example.com/avatars/919537851844.jpg",
           *           "contact_type": "user",
           *           "is_admin": false,
           *           "is_super_admin": false,
           *           "is_internal": false,
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us"
           *         }
           *       },
           *       "member_count": 2,
           *       "message_unread_count": 1,
           *       "invite_link": "https://chat.whatsapp.com/IzKhJSOewu2MwBxYVGofA",
           *       "group_description": "Customer support group",
           *       "info_admins_only": false,
           *       "messages_admins_only": false,
           *       "add_members_admins_only": true,
           *       "is_muted": false,
           *       "is_exited": false,
           *       "is_archived": false,
           *       "is_pinned": false,
           *       "chat_org_phones": [
           *         "918527184400@c.us"
           *       ],
           *       "custom_properties": {
           *         "property-tlkudzxmhjkgoktm": "hello"
           *       },
           *       "flag_count_map": {
           *         "918527184400@c.us": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
    };
  };
  addParticipantToGroup: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "participants": [
         *         "919537851844"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Numbers: country code and number, digits only.
           * @example [
           *       "919537851844"
           *     ]
           */
          participants: string[];
          /**
           * @description Try to add directly instead of inviting.
           * @default false
           * @example false
           */
          force_add_participants?: boolean;
        };
      };
    };
    responses: {
      /** @description Outcome per participant. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "919537851844@c.us": {
           *         "is_success": true,
           *         "message": "Invite sent to participant",
           *         "isInviteV4Sent": true
           *       }
           *     }
           */
          'application/json': components['schemas']['ParticipantOperationResult'];
        };
      };
    };
  };
  promoteParticipantToAdmin: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "participants": [
         *         "919537851844"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Numbers: country code and number, digits only.
           * @example [
           *       "919537851844"
           *     ]
           */
          participants: string[];
        };
      };
    };
    responses: {
      /** @description Outcome per participant. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "919537851844@c.us": {
           *         "is_success": true
           *       }
           *     }
           */
          'application/json': components['schemas']['ParticipantOperationResult'];
        };
      };
    };
  };
  demoteParticipantToMember: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "participants": [
         *         "919537851844"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Numbers: country code and number, digits only.
           * @example [
           *       "919537851844"
           *     ]
           */
          participants: string[];
        };
      };
    };
    responses: {
      /** @description Outcome per participant. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "919537851844@c.us": {
           *         "is_success": true
           *       }
           *     }
           */
          'application/json': components['schemas']['ParticipantOperationResult'];
        };
      };
    };
  };
  removeParticipantFromGroup: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "participants": [
         *         "919537851844"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Numbers: country code and number, digits only.
           * @example [
           *       "919537851844"
           *     ]
           */
          participants: string[];
        };
      };
    };
    responses: {
      /** @description Outcome per participant. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "919537851844@c.us": {
           *         "is_success": true
           *       }
           *     }
           */
          'application/json': components['schemas']['ParticipantOperationResult'];
        };
      };
    };
  };
  leaveGroup: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Group chat id (`<digits>@g.us`).
         * @example 120363371308389685@g.us
         */
        chat_id: components['parameters']['GroupChatId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Left the group; no body. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getNotesByChat: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description Only items at or after this time: a date (2025-04-25) or an ISO 8601 time.
         * @example 2025-04-25T00:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Only items at or before this time: a date (2025-04-30) or an ISO 8601 time.
         * @example 2025-04-30T23:59:59Z
         */
        end_time?: components['parameters']['EndTime'];
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Chat id.
         * @example 918824248940@c.us
         */
        chat_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notes. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "start_time": "2025-08-18T00:00:00Z",
           *       "end_time": "2025-08-18T23:59:59Z",
           *       "notes": [
           *         {
           *           "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "chat_id": "918824248940@c.us",
           *           "body": "Customer asked for a call back on Monday.",
           *           "message_type": "chat",
           *           "ack": "3",
           *           "from_me": true,
           *           "is_private_note": true,
           *           "is_deleted": false,
           *           "prev_body": "Customer asked for a call back.",
           *           "quoted_message_id": "52643136-1573-4011-ad22-b95ca6ea8e0c",
           *           "sender_phone": "918527184400",
           *           "sent_message_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *           "performed_by": "api",
           *           "timestamp": "2025-08-18T13:38:37.203+00:00",
           *           "updated_at": "2025-08-18T13:38:37.203+00:00",
           *           "unique_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *           "mentioned_ids": [
           *             "@agent@example.com"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['NoteList'];
        };
      };
    };
  };
  createNote: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "chat_id": "918824248940@c.us",
         *       "message": "Customer asked for a call back on Monday.",
         *       "reply_to": "52643136-1573-4011-ad22-b95ca6ea8e0c"
         *     }
         */
        'application/json': {
          /**
           * @description Chat to add the note to.
           * @example 918824248940@c.us
           */
          chat_id: string;
          /**
           * @description Note text.
           * @example Customer asked for a call back on Monday.
           */
          message?: string;
          media?: components['schemas']['MediaInput'];
          /**
           * @description Message or note to reply to.
           * @example 52643136-1573-4011-ad22-b95ca6ea8e0c
           */
          reply_to?: string;
        };
      };
    };
    responses: {
      /** @description The stored note. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "message": "Note created successfully",
           *       "data": {
           *         "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "org_phone": "918527184400@c.us",
           *         "chat_id": "918824248940@c.us",
           *         "body": "Customer asked for a call back on Monday.",
           *         "message_type": "chat",
           *         "ack": "3",
           *         "from_me": true,
           *         "is_private_note": true,
           *         "is_deleted": false,
           *         "prev_body": "Customer asked for a call back.",
           *         "quoted_message_id": "52643136-1573-4011-ad22-b95ca6ea8e0c",
           *         "sender_phone": "918527184400",
           *         "sent_message_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *         "performed_by": "api",
           *         "timestamp": "2025-08-18T13:38:37.203+00:00",
           *         "updated_at": "2025-08-18T13:38:37.203+00:00",
           *         "unique_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *         "mentioned_ids": [
           *           "@agent@example.com"
           *         ]
           *       }
           *     }
           */
          'application/json': {
            /** @example true */
            success: boolean;
            /** @example Note created successfully */
            message: string;
            data: components['schemas']['Note'];
          };
        };
      };
    };
  };
  getNotes: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description Only items at or after this time: a date (2025-04-25) or an ISO 8601 time.
         * @example 2025-04-25T00:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Only items at or before this time: a date (2025-04-30) or an ISO 8601 time.
         * @example 2025-04-30T23:59:59Z
         */
        end_time?: components['parameters']['EndTime'];
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notes. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "start_time": "2025-08-18T00:00:00Z",
           *       "end_time": "2025-08-18T23:59:59Z",
           *       "notes": [
           *         {
           *           "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "chat_id": "918824248940@c.us",
           *           "body": "Customer asked for a call back on Monday.",
           *           "message_type": "chat",
           *           "ack": "3",
           *           "from_me": true,
           *           "is_private_note": true,
           *           "is_deleted": false,
           *           "prev_body": "Customer asked for a call back.",
           *           "quoted_message_id": "52643136-1573-4011-ad22-b95ca6ea8e0c",
           *           "sender_phone": "918527184400",
           *           "sent_message_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *           "performed_by": "api",
           *           "timestamp": "2025-08-18T13:38:37.203+00:00",
           *           "updated_at": "2025-08-18T13:38:37.203+00:00",
           *           "unique_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *           "mentioned_ids": [
           *             "@agent@example.com"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['NoteList'];
        };
      };
    };
  };
  getNoteById: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path: {
        /**
         * @description Note id (message_id of the note).
         * @example true_2634e275-ac58-4c85-892d-83882810fc1c_api
         */
        note_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The note. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "org_phone": "918527184400@c.us",
           *       "chat_id": "918824248940@c.us",
           *       "body": "Customer asked for a call back on Monday.",
           *       "message_type": "chat",
           *       "ack": "3",
           *       "from_me": true,
           *       "is_private_note": true,
           *       "is_deleted": false,
           *       "prev_body": "Customer asked for a call back.",
           *       "quoted_message_id": "52643136-1573-4011-ad22-b95ca6ea8e0c",
           *       "sender_phone": "918527184400",
           *       "sent_message_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *       "performed_by": "api",
           *       "timestamp": "2025-08-18T13:38:37.203+00:00",
           *       "updated_at": "2025-08-18T13:38:37.203+00:00",
           *       "unique_id": "2634e275-ac58-4c85-892d-83882810fc1c",
           *       "mentioned_ids": [
           *         "@agent@example.com"
           *       ]
           *     }
           */
          'application/json': components['schemas']['Note'];
        };
      };
    };
  };
  getReactions: {
    parameters: {
      query?: {
        /**
         * @description Only reactions in this chat.
         * @example 919537851844@c.us
         */
        chat_id?: string;
        /**
         * @description Only reactions on this message.
         * @example true_919537851844@c.us_3EB0C628A1B2C3D4E5F6
         */
        message_id?: string;
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 10
         */
        limit?: number;
        /**
         * @description Only items at or after this time: a date (2025-04-25) or an ISO 8601 time.
         * @example 2025-04-25T00:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Only items at or before this time: a date (2025-04-30) or an ISO 8601 time.
         * @example 2025-04-30T23:59:59Z
         */
        end_time?: components['parameters']['EndTime'];
      };
      header?: {
        /**
         * @description Connected phone the call acts on: country code and number, digits only (e.g. 919876543210), or a phone id (phone-xxxxxxxxxxxxxxxx). Optional; some calls then act on every phone the token can reach.
         * @example 919876543210
         */
        'x-phone'?: components['parameters']['XPhone'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of reactions. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          'x-periskope-phone-id': components['headers']['XPeriskopePhoneId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": 1,
           *       "to": 1,
           *       "count": 1,
           *       "start_time": "2025-04-25T00:00:00Z",
           *       "end_time": "2025-04-30T23:59:59Z",
           *       "reactions": [
           *         {
           *           "reaction_id": "false_919537851844@c.us_3EB0C628A1B2C3D4E5F6_919537851844@c.us",
           *           "message_id": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6",
           *           "reaction": "👍",
           *           "sender_id": "919537851844@c.us",
           *           "chat_id": "919537851844@c.us",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "org_phone": "918527184400@c.us",
           *           "timestamp": "2025-04-25T10:15:00+00:00",
           *           "read": true,
           *           "ack": 1,
           *           "orphan": 0,
           *           "orphan_reason": "none",
           *           "id": {
           *             "id": "3EB0D1E2F3A4B5C6D7E8",
           *             "remote": "919537851844@c.us",
           *             "from_me": false,
           *             "serialized": "false_919537851844@c.us_3EB0D1E2F3A4B5C6D7E8"
           *           },
           *           "msg_id": {
           *             "id": "3EB0C628A1B2C3D4E5F6",
           *             "remote": "919537851844@c.us",
           *             "from_me": true,
           *             "serialized": "true_919537851844@c.us_3EB0C628A1B2C3D4E5F6"
           *           },
           *           "unique_id": "3EB0D1E2F3A4B5C6D7E8"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ReactionList'];
        };
      };
    };
  };
  getAllKnowledgeBase: {
    parameters: {
      query?: {
        /**
         * @description Number of items to skip.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Page size (at most 2000).
         * @example 50
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description Only this kind of item.
         * @example faq
         */
        type?: 'faq' | 'document';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of items. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "context_id": "ctx-5d1a2b3c4d5e6f70",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "type": "faq",
           *           "question": "What are your support hours?",
           *           "answer": "We answer 9am to 6pm IST, Monday to Saturday.",
           *           "attachments": [
           *             "https://cdn.example.com/files/support-hours.png"
           *           ],
           *           "created_at": "2025-05-02T10:00:00+00:00",
           *           "metadata": {}
           *         }
           *       ],
           *       "count": 1
           *     }
           */
          'application/json': components['schemas']['KnowledgeBaseList'];
        };
      };
    };
  };
  getKnowledgeBaseFaqByContextId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description FAQ id.
         * @example ctx-5d1a2b3c4d5e6f70
         */
        context_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The FAQ entry. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "context_id": "ctx-5d1a2b3c4d5e6f70",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "type": "faq",
           *       "question": "What are your support hours?",
           *       "answer": "We answer 9am to 6pm IST, Monday to Saturday.",
           *       "attachments": [
           *         "https://cdn.example.com/files/support-hours.png"
           *       ],
           *       "created_at": "2025-05-02T10:00:00+00:00",
           *       "metadata": {}
           *     }
           */
          'application/json': components['schemas']['KnowledgeBaseItem'];
        };
      };
    };
  };
  deleteFaq: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description FAQ id.
         * @example ctx-5d1a2b3c4d5e6f70
         */
        context_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Id of the removed entry. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "context_id": "ctx-5d1a2b3c4d5e6f70"
           *     }
           */
          'application/json': {
            /** @example ctx-5d1a2b3c4d5e6f70 */
            context_id: string;
          };
        };
      };
    };
  };
  updateFaq: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description FAQ id.
         * @example ctx-5d1a2b3c4d5e6f70
         */
        context_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "question": "What are your support hours?",
         *       "answer": "We answer 9am to 8pm IST, every day."
         *     }
         */
        'application/json': {
          /**
           * @description Question.
           * @example What are your support hours?
           */
          question: string;
          /**
           * @description Answer.
           * @example We answer 9am to 8pm IST, every day.
           */
          answer: string;
          /**
           * @description Attachment URLs.
           * @example [
           *       "https://cdn.example.com/files/support-hours.png"
           *     ]
           */
          attachments?: string[];
        };
      };
    };
    responses: {
      /** @description The entry after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "context_id": "ctx-5d1a2b3c4d5e6f70",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "type": "faq",
           *       "question": "What are your support hours?",
           *       "answer": "We answer 9am to 8pm IST, every day.",
           *       "attachments": [
           *         "https://cdn.example.com/files/support-hours.png"
           *       ],
           *       "created_at": "2025-05-02T10:00:00+00:00",
           *       "metadata": {}
           *     }
           */
          'application/json': components['schemas']['KnowledgeBaseItem'];
        };
      };
    };
  };
  getKnowledgeBaseDocumentByDocumentId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Document id.
         * @example doc-8f7e6d5c4b3a2910
         */
        document_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Chunks of the document. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "context_id": "ctx-9a8b7c6d5e4f3a21",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "type": "document",
           *         "question": "pricing.pdf (part 1)",
           *         "answer": "The Growth plan costs 49 USD per phone per month, billed yearly.",
           *         "document_id": "doc-8f7e6d5c4b3a2910",
           *         "created_at": "2025-05-02T10:05:00+00:00",
           *         "metadata": {
           *           "filename": "pricing.pdf",
           *           "chunk": 1
           *         }
           *       }
           *     ]
           */
          'application/json': components['schemas']['KnowledgeBaseItem'][];
        };
      };
    };
  };
  deleteDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Document id.
         * @example doc-8f7e6d5c4b3a2910
         */
        document_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Id of the removed document. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "document_id": "doc-8f7e6d5c4b3a2910"
           *     }
           */
          'application/json': {
            /** @example doc-8f7e6d5c4b3a2910 */
            document_id: string;
          };
        };
      };
    };
  };
  createFaq: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "question": "What are your support hours?",
         *       "answer": "We answer 9am to 6pm IST, Monday to Saturday.",
         *       "attachments": [
         *         "https://cdn.example.com/files/support-hours.png"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Question.
           * @example What are your support hours?
           */
          question: string;
          /**
           * @description Answer.
           * @example We answer 9am to 6pm IST, Monday to Saturday.
           */
          answer: string;
          /**
           * @description Attachment URLs.
           * @example [
           *       "https://cdn.example.com/files/support-hours.png"
           *     ]
           */
          attachments?: string[];
        };
      };
    };
    responses: {
      /** @description Id of the new entry. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "context_id": "ctx-5d1a2b3c4d5e6f70"
           *     }
           */
          'application/json': {
            /** @example ctx-5d1a2b3c4d5e6f70 */
            context_id: string;
          };
        };
      };
    };
  };
  createDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "document": {
         *         "url": "https://cdn.example.com/files/pricing.pdf",
         *         "filename": "pricing.pdf"
         *       }
         *     }
         */
        'application/json': {
          /** @description Give url or base64 (and a filename). */
          document: {
            /**
             * @description Public URL of the file.
             * @example https://cdn.example.com/files/pricing.pdf
             */
            url?: string;
            /**
             * @description Base64 file content.
             * @example JVBERi0xLjQKJcfsj6IK
             */
            base64?: string;
            /**
             * @description File name.
             * @example pricing.pdf
             */
            filename?: string;
          };
        };
      };
    };
    responses: {
      /** @description Outcome per file. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "file_name": "pricing.pdf",
           *         "status": "success",
           *         "reason": "Document processed",
           *         "document_id": "doc-8f7e6d5c4b3a2910",
           *         "file_path": "knowledge-base/2997dd64/pricing.pdf",
           *         "chunks_count": 12
           *       }
           *     ]
           */
          'application/json': components['schemas']['DocumentIngestResult'][];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        /**
         * @description Only hooks for this event.
         * @example message.created
         */
        integration_name?: components['schemas']['WebhookEvent'];
        /**
         * @description Only hooks of this source type, e.g. `api`.
         * @example api
         */
        type?: string;
        /**
         * @description Only active (true) or paused (false) hooks.
         * @example true
         */
        is_subscribed?: boolean;
        /**
         * @description Only hooks of this integration.
         * @example integration-001
         */
        integration_id?: string;
        /**
         * @description Only hooks with this URL.
         * @example https://hooks.example.com/periskope
         */
        hook_url?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Webhook subscriptions. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "hook_url": "https://hooks.example.com/periskope",
           *         "integration_name": "message.created",
           *         "integration_type": "webhook",
           *         "integration_id": "integration-001",
           *         "integration_metadata": {
           *           "team": "support"
           *         },
           *         "is_subscribed": true,
           *         "subscribed_at": "2025-03-01T12:00:00+00:00",
           *         "type": "api"
           *       }
           *     ]
           */
          'application/json': components['schemas']['Webhook'][];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "hookUrl": "https://hooks.example.com/periskope",
         *       "integrationName": [
         *         "message.created",
         *         "message.updated"
         *       ],
         *       "type": "api"
         *     }
         */
        'application/json': {
          /**
           * @description URL that will receive the events.
           * @example https://hooks.example.com/periskope
           */
          hookUrl: string;
          /**
           * @description One event name or a list of them.
           * @example [
           *       "message.created",
           *       "message.updated"
           *     ]
           */
          integrationName: components['schemas']['WebhookEvent'] | components['schemas']['WebhookEvent'][];
          /**
           * @description Free-form data stored with the hook.
           * @example {
           *       "team": "support"
           *     }
           */
          integrationMetadata?: {
            [key: string]: unknown;
          };
          /**
           * @description Integration category.
           * @example webhook
           */
          integrationType?: string;
          /**
           * @description Source type, e.g. `api`.
           * @example api
           */
          type?: string;
          /**
           * @description Label for the hook.
           * @example Support CRM
           */
          name?: string;
        };
      };
    };
    responses: {
      /** @description The created subscriptions. */
      201: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "hook_url": "https://hooks.example.com/periskope",
           *         "integration_name": "message.created",
           *         "integration_type": "webhook",
           *         "integration_id": "integration-001",
           *         "integration_metadata": {
           *           "team": "support"
           *         },
           *         "is_subscribed": true,
           *         "subscribed_at": "2025-03-01T12:00:00+00:00",
           *         "type": "api"
           *       },
           *       {
           *         "id": "c8d2e3f4-0516-4b7c-9d0e-1f2a3b4c5d6e",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "hook_url": "https://hooks.example.com/periskope",
           *         "integration_name": "message.updated",
           *         "integration_type": "webhook",
           *         "integration_id": "integration-001",
           *         "integration_metadata": {
           *           "team": "support"
           *         },
           *         "is_subscribed": true,
           *         "subscribed_at": "2025-03-01T12:00:00+00:00",
           *         "type": "api"
           *       }
           *     ]
           */
          'application/json': components['schemas']['Webhook'][];
        };
      };
    };
  };
  getWebhookById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Subscription id.
         * @example b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "hook_url": "https://hooks.example.com/periskope",
           *       "integration_name": "message.created",
           *       "integration_type": "webhook",
           *       "integration_id": "integration-001",
           *       "integration_metadata": {
           *         "team": "support"
           *       },
           *       "is_subscribed": true,
           *       "subscribed_at": "2025-03-01T12:00:00+00:00",
           *       "type": "api"
           *     }
           */
          'application/json': components['schemas']['Webhook'];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Subscription id.
         * @example b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Subscription removed. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Subscription id.
         * @example b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "hookUrl": "https://hooks.example.com/periskope-v2",
         *       "isSubscribed": false
         *     }
         */
        'application/json': {
          /**
           * @description New URL.
           * @example https://hooks.example.com/periskope-v2
           */
          hookUrl?: string;
          integrationName?: components['schemas']['WebhookEvent'];
          /**
           * @description Free-form data.
           * @example {
           *       "team": "sales"
           *     }
           */
          integrationMetadata?: {
            [key: string]: unknown;
          };
          /**
           * @description Integration category.
           * @example webhook
           */
          integrationType?: string;
          /**
           * @description Source type.
           * @example api
           */
          type?: string;
          /**
           * @description false pauses delivery.
           * @example false
           */
          isSubscribed?: boolean;
          /**
           * @description Label for the hook.
           * @example Support CRM
           */
          name?: string;
        };
      };
    };
    responses: {
      /** @description The subscription after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "b7c1d2e3-f405-4a6b-8c9d-0e1f2a3b4c5d",
           *       "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *       "hook_url": "https://hooks.example.com/periskope-v2",
           *       "integration_name": "message.created",
           *       "integration_type": "webhook",
           *       "integration_id": "integration-001",
           *       "integration_metadata": {
           *         "team": "support"
           *       },
           *       "is_subscribed": false,
           *       "subscribed_at": "2025-03-01T12:00:00+00:00",
           *       "type": "api"
           *     }
           */
          'application/json': components['schemas']['Webhook'];
        };
      };
    };
  };
  deleteMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Member to remove (the sources do not say whether this is the e-mail or the user id).
         * @example michael@dundermifflin.com
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Member removed. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  inviteMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "emails": [
         *         "michael@dundermifflin.com",
         *         "dwight@dundermifflin.com"
         *       ],
         *       "role": "member",
         *       "labels": [
         *         "Sales",
         *         "Support"
         *       ],
         *       "orgPhones": [
         *         "918824248940"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description People to invite.
           * @example [
           *       "michael@dundermifflin.com"
           *     ]
           */
          emails: string[];
          /**
           * @description Role to give.
           * @default member
           * @example member
           * @enum {string}
           */
          role?: 'admin' | 'member';
          /**
           * @description Label names a member may see; null means all. Ignored for admins.
           * @example [
           *       "Sales",
           *       "Support"
           *     ]
           */
          labels?: string[] | null;
          /**
           * @description Numbers (digits, no @c.us) a member may use; null means all. Ignored for admins.
           * @example [
           *       "918824248940"
           *     ]
           */
          orgPhones?: string[] | null;
        };
      };
    };
    responses: {
      /** @description Invited members and failures. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "addedMembers": [
           *         {
           *           "email": "michael@dundermifflin.com",
           *           "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *           "role": "member",
           *           "user_id": "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d",
           *           "member_name": "Michael Scott",
           *           "member_image": "https://cdn.example.com/members/michael.png",
           *           "member_color": "#7D9EF1",
           *           "label_ids": [
           *             "label-ukjqhqngnakncalm"
           *           ],
           *           "org_phones": [
           *             "918824248940@c.us"
           *           ],
           *           "is_active": true,
           *           "is_online": false,
           *           "is_owner": false,
           *           "invited_at": "2025-03-01T12:00:00+00:00",
           *           "invited_by": "admin@dundermifflin.com",
           *           "created_at": "2025-03-01T12:00:00+00:00",
           *           "preferences": {
           *             "left_sidebar_open": true,
           *             "right_sidepanel_open": false,
           *             "sync_wa_unread_count": true
           *           },
           *           "member_metadata": {}
           *         }
           *       ],
           *       "errors": [
           *         {
           *           "email": "dwight@dundermifflin.com",
           *           "error": {
           *             "message": "Member already exists"
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['InviteMembersResult'];
        };
      };
    };
  };
  updateMemberAccess: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "emails": [
         *         "test@example.com"
         *       ],
         *       "labels": [
         *         "Sales"
         *       ]
         *     }
         */
        'application/json': {
          /**
           * @description Members to change.
           * @example [
           *       "test@example.com"
           *     ]
           */
          emails: string[];
          /**
           * @description Label names; null clears the restriction.
           * @example [
           *       "Sales"
           *     ]
           */
          labels?: string[] | null;
          /**
           * @description Numbers (digits); null clears the restriction.
           * @example [
           *       "918824248940"
           *     ]
           */
          orgPhones?: string[] | null;
        };
      };
    };
    responses: {
      /** @description The changed members. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['XRateLimitLimit'];
          'X-RateLimit-Remaining': components['headers']['XRateLimitRemaining'];
          'X-RateLimit-Reset': components['headers']['XRateLimitReset'];
          'x-periskope-org-id': components['headers']['XPeriskopeOrgId'];
          'x-periskope-trace-id': components['headers']['XPeriskopeTraceId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "email": "test@example.com",
           *         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
           *         "role": "member",
           *         "user_id": "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d",
           *         "member_name": "Michael Scott",
           *         "member_image": "https://cdn.example.com/members/michael.png",
           *         "member_color": "#7D9EF1",
           *         "label_ids": [
           *           "label-ukjqhqngnakncalm"
           *         ],
           *         "org_phones": [
           *           "918824248940@c.us"
           *         ],
           *         "is_active": true,
           *         "is_online": false,
           *         "is_owner": false,
           *         "invited_at": "2025-03-01T12:00:00+00:00",
           *         "invited_by": "admin@dundermifflin.com",
           *         "created_at": "2025-03-01T12:00:00+00:00",
           *         "preferences": {
           *           "left_sidebar_open": true,
           *           "right_sidepanel_open": false,
           *           "sync_wa_unread_count": true
           *         },
           *         "member_metadata": {}
           *       }
           *     ]
           */
          'application/json': components['schemas']['OrgMember'][];
        };
      };
    };
  };
}
