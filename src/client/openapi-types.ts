/** Generated from schema/openapi.json by `npm run generate`; do not edit. */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (no API key needed) */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether WhatsApp is connected and ready; 503 until it is */
        get: operations["clientStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The linked WhatsApp account */
        get: operations["sessionInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The linked account's chats */
        get: operations["chats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gateway and whatsapp-web.js versions */
        get: operations["version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dialog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Press a button of the dialog WhatsApp Web shows (the state is ACTION_REQUIRED, `dialog` in the status); 404 when none waits for a person */
        post: operations["answerDialog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlink the WhatsApp account; a new QR code follows */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/send-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a text message */
        post: operations["sendText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/send-media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an image, video, document or audio file, from a URL or base64 */
        post: operations["sendMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/send-location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a location: a pin on the map, with a name and address if given */
        post: operations["sendLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/send-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send 1 to 20 contact cards (vCards) in one message */
        post: operations["sendContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/send-poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a poll: a question and 2 to 12 different answers */
        post: operations["sendPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/send-bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send to many recipients, one by one, with a random pause between sends */
        post: operations["sendBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a sent message is: pending, sent, delivered, read, played or failed */
        get: operations["messageStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sent or received message's file, as itself; 404 once WhatsApp no longer has it */
        get: operations["messageMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/reaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** React to a sent or received message with an emoji; "" removes the reaction */
        post: operations["reactToMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin a sent or received message at the top of its chat for 24 hours, 7 or 30 days (`seconds`) */
        post: operations["pinMessage"];
        /** Unpin a pinned message */
        delete: operations["unpinMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit one of the account's own messages, within 15 minutes of sending it */
        put: operations["editMessage"];
        post?: never;
        /** Delete a message here; ?everyone=true deletes one of the account's own for everyone */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward a sent or received message to another chat; answers the copy's id */
        post: operations["forwardMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test message to TEST_PHONE_NUMBER */
        post: operations["sendTestMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a test phone number is configured (masked) */
        get: operations["testNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a call still ringing (its id from the `call` event); 404 once it is over */
        post: operations["rejectCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A chat's messages, newest first (?limit=1…100, default 50) */
        get: operations["chatMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the chat read */
        post: operations["chatSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the chat that the account is typing or recording; paused stops it */
        post: operations["chatPresence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive the chat */
        post: operations["chatArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unarchive the chat */
        post: operations["chatUnarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin the chat */
        post: operations["chatPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/unpin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpin the chat */
        post: operations["chatUnpin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/mute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mute the chat until a time, or for ever without one */
        post: operations["muteChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/unmute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unmute the chat */
        post: operations["chatUnmute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business account's labels (400 for an account that is not a business account) */
        get: operations["labels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{chatId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chat's labels */
        get: operations["chatLabels"];
        /** Give the chat exactly these labels; an empty list takes them all off */
        put: operations["setChatLabels"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a number is on WhatsApp (?phone=966501234567), with its chat id and LID */
        get: operations["checkNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user by chat id or number: name, pushname, business, blocked, about, profile picture */
        get: operations["contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block the user */
        post: operations["blockContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock the user */
        post: operations["unblockContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The groups the account is a member of */
        get: operations["groups"];
        put?: never;
        /** Create a group of these people, with a result per person */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group: subject, description, owner, and members with their admin flags */
        get: operations["group"];
        /** Change the group's subject, description or both (admins only) */
        put: operations["updateGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add, remove, promote or demote members (admins only), with a result per person and action */
        post: operations["changeGroupParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group's invite link (admins only) */
        get: operations["groupInvite"];
        put?: never;
        post?: never;
        /** Reset the invite link: the old one stops working; answers the new one */
        delete: operations["revokeGroupInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the group */
        post: operations["leaveGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channels the account owns, runs or follows */
        get: operations["channels"];
        put?: never;
        /** Create a channel the account owns */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel the account owns, follows or has looked at */
        get: operations["channel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post in a channel the account owns or runs: a text, or a photo, video or voice note with its caption */
        post: operations["sendChannelMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a channel */
        post: operations["followChannel"];
        /** Stop following a channel */
        delete: operations["unfollowChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a campaign; it runs on execute, or by itself at scheduledAt */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a campaign now; answers when it ends, or at once with ?wait=false */
        post: operations["executeCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every campaign with its status and counts, oldest first */
        get: operations["campaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its status and counts */
        get: operations["campaign"];
        put?: never;
        post?: never;
        /** Delete a campaign; a running one is cancelled first */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's recipients, each with its state, message id and error, a page at a time */
        get: operations["campaignRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cancel (cancelled), pause (pending) or resume (running) a campaign */
        put: operations["updateCampaignStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/optouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chats that get no campaigns */
        get: operations["optOuts"];
        put?: never;
        /** Put a number on the opt-out list */
        post: operations["addOptOut"];
        /** Take a number off the opt-out list */
        delete: operations["removeOptOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registered webhooks (their secrets are never shown again) */
        get: operations["webhooks"];
        put?: never;
        /** Register a webhook; the answer carries its signing secret, the one time it is shown */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a webhook's URL, events, secret or enabled flag */
        put: operations["updateWebhook"];
        post?: never;
        /** Delete a webhook with its undelivered events */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's deliveries, newest first, with every attempt (status code, duration, error) */
        get: operations["webhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery's event again: same event id and body, a fresh signature */
        post: operations["redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link the sandbox as if the QR code had been scanned */
        post: operations["sandboxLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a message to the linked account, raising a `message` event */
        post: operations["sandboxInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound/reaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Someone reacts to a message (`"emoji": ""` takes it away), raising `message_reaction` */
        post: operations["sandboxReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sender of a received message changes it, raising `message_edit` */
        post: operations["sandboxEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sender of a received message deletes it for everyone, raising `message_revoke` */
        post: operations["sandboxRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Someone answers a poll the account sent, raising `poll_vote` */
        post: operations["sandboxVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message arrives that cannot be read yet, raising `message_pending`; POST /api/sandbox/inbound with its id as `pendingId` delivers it */
        post: operations["sandboxInboundPending"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Someone calls the account, raising `call` */
        post: operations["sandboxInboundCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/inbound/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** People join or leave a group, or its subject or description changes, raising `group_join`, `group_leave` or `group_update` */
        post: operations["sandboxGroupChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop the connection with a reason, as WhatsApp would */
        post: operations["sandboxDisconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WhatsApp limits the account: until `until` (or until lifted) messages to people who never wrote to it fail with ACCOUNT_LIMITED, as WhatsApp's limit on new contacts does */
        post: operations["sandboxLimit"];
        /** WhatsApp lifts the account's limit; the campaigns it paused resume if it had an end */
        delete: operations["sandboxLiftLimit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/web-version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WhatsApp rolls out a newer WhatsApp Web and the one the session runs stops loading: the session reloads on it (`web_version`), and every node starts with it from then on */
        post: operations["sandboxWebVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/dialog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WhatsApp Web shows a dialog, raising `dialog`: an announcement ("What's new") is acknowledged by the gateway at once; anything else makes the session ACTION_REQUIRED until POST /api/dialog answers it */
        post: operations["sandboxDialog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ack a delivered message: 2 delivered, 3 read, 4 played, -1 failed */
        post: operations["sandboxAck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sandbox/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the sandbox delivered, oldest first */
        get: operations["sandboxOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every session with its status and WhatsApp state */
        get: operations["sessions"];
        put?: never;
        /** Create a session (started at once unless start is false) */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session */
        get: operations["session"];
        put?: never;
        post?: never;
        /** Stop, unlink and delete a session, cancelling its running campaigns; its history stays unless ?purge=true */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's QR code to scan now (`?format=png|svg`: the image itself); 404 naming the state while there is none */
        get: operations["sessionQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/pairing-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A code to type on the phone (Linked devices → Link with phone number) instead of scanning the QR; only while pairing */
        post: operations["requestPairingCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a session */
        post: operations["startSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a session; it keeps its login */
        post: operations["stopSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlink a session; a new QR code follows */
        post: operations["logoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API keys made through the API, without their secrets */
        get: operations["apiKeys"];
        put?: never;
        /** Make an API key for some sessions; the key is in the answer, the one time it is shown */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling key: whether it is the admin key, and the sessions it may use (any key) */
        get: operations["currentKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key at once */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/event-sinks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event sinks (RabbitMQ, NATS JetStream, MQTT), their URLs masked */
        get: operations["eventSinks"];
        put?: never;
        /** Register an event sink: the events it asks for are published to its broker, at least once and in order */
        post: operations["createEventSink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/event-sinks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event sink, its URL masked */
        get: operations["eventSink"];
        /** Change an event sink's type, URL, target, sessions, events or enabled flag */
        put: operations["updateEventSink"];
        post?: never;
        /** Delete an event sink with its unpublished events */
        delete: operations["deleteEventSink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/event-sinks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event sink's deliveries, newest first, with every attempt (duration, error) */
        get: operations["eventSinkDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each node of the cluster: its advertised URL, heartbeat age, the sessions it runs and its capacity */
        get: operations["cluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/status/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether WhatsApp is connected and ready; 503 until it is (on the session named in the path) */
        get: operations["clientStatusOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/status/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The linked WhatsApp account (on the session named in the path) */
        get: operations["sessionInfoOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/status/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The linked account's chats (on the session named in the path) */
        get: operations["chatsOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/status/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gateway and whatsapp-web.js versions (on the session named in the path) */
        get: operations["versionOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/dialog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Press a button of the dialog WhatsApp Web shows (the state is ACTION_REQUIRED, `dialog` in the status); 404 when none waits for a person (on the session named in the path) */
        post: operations["answerDialogOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/status/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlink the WhatsApp account; a new QR code follows (on the session named in the path) */
        post: operations["logoutOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/send-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a text message (on the session named in the path) */
        post: operations["sendTextOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/send-media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an image, video, document or audio file, from a URL or base64 (on the session named in the path) */
        post: operations["sendMediaOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/send-location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a location: a pin on the map, with a name and address if given (on the session named in the path) */
        post: operations["sendLocationOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/send-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send 1 to 20 contact cards (vCards) in one message (on the session named in the path) */
        post: operations["sendContactOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/send-poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a poll: a question and 2 to 12 different answers (on the session named in the path) */
        post: operations["sendPollOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/send-bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send to many recipients, one by one, with a random pause between sends (on the session named in the path) */
        post: operations["sendBulkOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a sent message is: pending, sent, delivered, read, played or failed (on the session named in the path) */
        get: operations["messageStatusOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sent or received message's file, as itself; 404 once WhatsApp no longer has it (on the session named in the path) */
        get: operations["messageMediaOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/{id}/reaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** React to a sent or received message with an emoji; "" removes the reaction (on the session named in the path) */
        post: operations["reactToMessageOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin a sent or received message at the top of its chat for 24 hours, 7 or 30 days (`seconds`) (on the session named in the path) */
        post: operations["pinMessageOnSession"];
        /** Unpin a pinned message (on the session named in the path) */
        delete: operations["unpinMessageOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit one of the account's own messages, within 15 minutes of sending it (on the session named in the path) */
        put: operations["editMessageOnSession"];
        post?: never;
        /** Delete a message here; ?everyone=true deletes one of the account's own for everyone (on the session named in the path) */
        delete: operations["deleteMessageOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/messages/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward a sent or received message to another chat; answers the copy's id (on the session named in the path) */
        post: operations["forwardMessageOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/test/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test message to TEST_PHONE_NUMBER (on the session named in the path) */
        post: operations["sendTestMessageOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/test/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a test phone number is configured (masked) (on the session named in the path) */
        get: operations["testNumberOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/calls/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a call still ringing (its id from the `call` event); 404 once it is over (on the session named in the path) */
        post: operations["rejectCallOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A chat's messages, newest first (?limit=1…100, default 50) (on the session named in the path) */
        get: operations["chatMessagesOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the chat read (on the session named in the path) */
        post: operations["chatSeenOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the chat that the account is typing or recording; paused stops it (on the session named in the path) */
        post: operations["chatPresenceOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive the chat (on the session named in the path) */
        post: operations["chatArchiveOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unarchive the chat (on the session named in the path) */
        post: operations["chatUnarchiveOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin the chat (on the session named in the path) */
        post: operations["chatPinOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/unpin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpin the chat (on the session named in the path) */
        post: operations["chatUnpinOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/mute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mute the chat until a time, or for ever without one (on the session named in the path) */
        post: operations["muteChatOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/unmute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unmute the chat (on the session named in the path) */
        post: operations["chatUnmuteOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business account's labels (400 for an account that is not a business account) (on the session named in the path) */
        get: operations["labelsOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/chats/{chatId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chat's labels (on the session named in the path) */
        get: operations["chatLabelsOnSession"];
        /** Give the chat exactly these labels; an empty list takes them all off (on the session named in the path) */
        put: operations["setChatLabelsOnSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/contacts/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a number is on WhatsApp (?phone=966501234567), with its chat id and LID (on the session named in the path) */
        get: operations["checkNumberOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user by chat id or number: name, pushname, business, blocked, about, profile picture (on the session named in the path) */
        get: operations["contactOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/contacts/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block the user (on the session named in the path) */
        post: operations["blockContactOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/contacts/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock the user (on the session named in the path) */
        post: operations["unblockContactOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The groups the account is a member of (on the session named in the path) */
        get: operations["groupsOnSession"];
        put?: never;
        /** Create a group of these people, with a result per person (on the session named in the path) */
        post: operations["createGroupOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group: subject, description, owner, and members with their admin flags (on the session named in the path) */
        get: operations["groupOnSession"];
        /** Change the group's subject, description or both (admins only) (on the session named in the path) */
        put: operations["updateGroupOnSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/groups/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add, remove, promote or demote members (admins only), with a result per person and action (on the session named in the path) */
        post: operations["changeGroupParticipantsOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/groups/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group's invite link (admins only) (on the session named in the path) */
        get: operations["groupInviteOnSession"];
        put?: never;
        post?: never;
        /** Reset the invite link: the old one stops working; answers the new one (on the session named in the path) */
        delete: operations["revokeGroupInviteOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/groups/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the group (on the session named in the path) */
        post: operations["leaveGroupOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channels the account owns, runs or follows (on the session named in the path) */
        get: operations["channelsOnSession"];
        put?: never;
        /** Create a channel the account owns (on the session named in the path) */
        post: operations["createChannelOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel the account owns, follows or has looked at (on the session named in the path) */
        get: operations["channelOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/channels/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post in a channel the account owns or runs: a text, or a photo, video or voice note with its caption (on the session named in the path) */
        post: operations["sendChannelMessageOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/channels/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a channel (on the session named in the path) */
        post: operations["followChannelOnSession"];
        /** Stop following a channel (on the session named in the path) */
        delete: operations["unfollowChannelOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/campaigns/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a campaign; it runs on execute, or by itself at scheduledAt (on the session named in the path) */
        post: operations["createCampaignOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/campaigns/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a campaign now; answers when it ends, or at once with ?wait=false (on the session named in the path) */
        post: operations["executeCampaignOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/campaigns/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every campaign with its status and counts, oldest first (on the session named in the path) */
        get: operations["campaignsOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its status and counts (on the session named in the path) */
        get: operations["campaignOnSession"];
        put?: never;
        post?: never;
        /** Delete a campaign; a running one is cancelled first (on the session named in the path) */
        delete: operations["deleteCampaignOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/campaigns/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's recipients, each with its state, message id and error, a page at a time (on the session named in the path) */
        get: operations["campaignRecipientsOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/campaigns/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cancel (cancelled), pause (pending) or resume (running) a campaign (on the session named in the path) */
        put: operations["updateCampaignStatusOnSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/optouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chats that get no campaigns (on the session named in the path) */
        get: operations["optOutsOnSession"];
        put?: never;
        /** Put a number on the opt-out list (on the session named in the path) */
        post: operations["addOptOutOnSession"];
        /** Take a number off the opt-out list (on the session named in the path) */
        delete: operations["removeOptOutOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registered webhooks (their secrets are never shown again) (on the session named in the path) */
        get: operations["webhooksOnSession"];
        put?: never;
        /** Register a webhook; the answer carries its signing secret, the one time it is shown (on the session named in the path) */
        post: operations["createWebhookOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a webhook's URL, events, secret or enabled flag (on the session named in the path) */
        put: operations["updateWebhookOnSession"];
        post?: never;
        /** Delete a webhook with its undelivered events (on the session named in the path) */
        delete: operations["deleteWebhookOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's deliveries, newest first, with every attempt (status code, duration, error) (on the session named in the path) */
        get: operations["webhookDeliveriesOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/webhooks/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery's event again: same event id and body, a fresh signature (on the session named in the path) */
        post: operations["redeliverOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link the sandbox as if the QR code had been scanned (on the session named in the path) */
        post: operations["sandboxLinkOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a message to the linked account, raising a `message` event (on the session named in the path) */
        post: operations["sandboxInboundOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound/reaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Someone reacts to a message (`"emoji": ""` takes it away), raising `message_reaction` (on the session named in the path) */
        post: operations["sandboxReactionOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sender of a received message changes it, raising `message_edit` (on the session named in the path) */
        post: operations["sandboxEditOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sender of a received message deletes it for everyone, raising `message_revoke` (on the session named in the path) */
        post: operations["sandboxRevokeOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Someone answers a poll the account sent, raising `poll_vote` (on the session named in the path) */
        post: operations["sandboxVoteOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message arrives that cannot be read yet, raising `message_pending`; POST /api/sandbox/inbound with its id as `pendingId` delivers it (on the session named in the path) */
        post: operations["sandboxInboundPendingOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Someone calls the account, raising `call` (on the session named in the path) */
        post: operations["sandboxInboundCallOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/inbound/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** People join or leave a group, or its subject or description changes, raising `group_join`, `group_leave` or `group_update` (on the session named in the path) */
        post: operations["sandboxGroupChangeOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop the connection with a reason, as WhatsApp would (on the session named in the path) */
        post: operations["sandboxDisconnectOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WhatsApp limits the account: until `until` (or until lifted) messages to people who never wrote to it fail with ACCOUNT_LIMITED, as WhatsApp's limit on new contacts does (on the session named in the path) */
        post: operations["sandboxLimitOnSession"];
        /** WhatsApp lifts the account's limit; the campaigns it paused resume if it had an end (on the session named in the path) */
        delete: operations["sandboxLiftLimitOnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/web-version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WhatsApp rolls out a newer WhatsApp Web and the one the session runs stops loading: the session reloads on it (`web_version`), and every node starts with it from then on (on the session named in the path) */
        post: operations["sandboxWebVersionOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/dialog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WhatsApp Web shows a dialog, raising `dialog`: an announcement ("What's new") is acknowledged by the gateway at once; anything else makes the session ACTION_REQUIRED until POST /api/dialog answers it (on the session named in the path) */
        post: operations["sandboxDialogOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ack a delivered message: 2 delivered, 3 read, 4 played, -1 failed (on the session named in the path) */
        post: operations["sandboxAckOnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session}/sandbox/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the sandbox delivered, oldest first (on the session named in the path) */
        get: operations["sandboxOutboxOnSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            /** @constant */
            success: false;
            error: string;
            message: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        /** Format: date-time */
                        timestamp: string;
                        service: string;
                        version: string;
                    };
                };
            };
        };
    };
    clientStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                            /** @description While the state is ACTION_REQUIRED: the dialog to answer with answerDialog */
                            dialog?: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                            /** @description While the state is ACTION_REQUIRED: the dialog to answer with answerDialog */
                            dialog?: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            };
                        };
                    } | components["schemas"]["Error"];
                };
            };
        };
    };
    sessionInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            wid: string;
                            pushname: string;
                            platform: string;
                            phone: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            name: string;
                            isGroup: boolean;
                            unreadCount: number;
                            archived: boolean;
                            pinned: boolean;
                            muted: boolean;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    version: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            waqtor: string;
                            /** @description The installed whatsapp-web.js version */
                            upstream: string;
                            upstreamAuthor: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    answerDialog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The label of one of its buttons, as the session's `dialog.buttons` lists them */
                    button: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Dialog answered */
                        message: string;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                            /** @description While the state is ACTION_REQUIRED: the dialog to answer with answerDialog */
                            dialog?: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendText: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    message?: string | null;
                    text?: string | null;
                    /** @description The id of the message to quote */
                    replyTo?: string | null;
                    /** @description Numbers or chat ids of the people mentioned (write @966… in the text) */
                    mentions?: string[] | null;
                    /** @description false: no preview of the first link in the text (WhatsApp shows one otherwise) */
                    linkPreview?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendMedia: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most the base64 size of MEDIA_MAX_BYTES (about 21 MB by default); larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    /** @description http or https; fetched by the gateway */
                    mediaUrl?: string | null;
                    /** @description The file itself, base64 (a data: URL works too); at most the base64 size of MEDIA_MAX_BYTES, the body's limit */
                    mediaBase64?: string | null;
                    /** @description With mediaBase64, when the type cannot be told from the data */
                    mimetype?: string | null;
                    caption?: string | null;
                    filename?: string | null;
                    /** @description An audio file as a voice note */
                    asVoice?: boolean | null;
                    /** @description An image as a sticker */
                    asSticker?: boolean | null;
                    /** @description Any file as a document, not shown inline */
                    asDocument?: boolean | null;
                    /** @description A photo or video the recipient can open once, after which WhatsApp hides it */
                    viewOnce?: boolean | null;
                    /** @description The id of the message to quote */
                    replyTo?: string | null;
                    /** @description Numbers or chat ids of the people mentioned (write @966… in the text) */
                    mentions?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Media sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    /** @description -90 to 90 */
                    latitude: number;
                    /** @description -180 to 180 */
                    longitude: number;
                    /** @description The place's name, shown above the map */
                    name?: string | null;
                    address?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Location sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    contacts: {
                        name: string;
                        /** @description A JSON integer is read as its digits */
                        phone: string | number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Contact sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendPoll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    question: string;
                    options: string[];
                    /** @description Whether a voter may pick several answers (default false) */
                    multipleAnswers?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Poll sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendBulk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    recipients: (string | {
                        /** @description International format, e.g. 966501234567 */
                        phone?: (string | number) | null;
                        /** @description 966501234567@c.us, or a group id …@g.us */
                        chatId?: string | null;
                        /** @description This recipient's own text; else the request's */
                        message?: string | null;
                        text?: string | null;
                    })[];
                    /** @description The text for recipients without their own */
                    message?: string | null;
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Bulk messages sent */
                        message: string;
                        data: {
                            total: number;
                            sent: number;
                            failed: number;
                            results: {
                                /** @description The recipient as given */
                                phone: string;
                                /** @description `sent` or `failed` */
                                status: string;
                                messageId?: string;
                                error?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    messageStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            chatId: string;
                            /** @enum {string} */
                            kind: "contact" | "location" | "media" | "poll" | "text";
                            /** @enum {string} */
                            status: "delivered" | "failed" | "pending" | "played" | "read" | "sent";
                            /** @description WhatsApp's ack level: -1 failed, 0 pending, 1 sent, 2 delivered, 3 read, 4 played */
                            ack: number;
                            error?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            deliveredAt?: string;
                            /** Format: date-time */
                            readAt?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    messageMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the file itself, with its Content-Type and name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reactToMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    emoji: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Reaction updated */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pinMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description How long it stays pinned: 86400 (24 hours), 604800 (7 days) or 2592000 (30 days), as WhatsApp offers */
                    seconds: 86400 | 604800 | 2592000;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message pinned */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unpinMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message unpinned */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    message?: string | null;
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message edited */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMessage: {
        parameters: {
            query?: {
                /** @description true revokes one of the account's own messages for everyone (within about 60 hours); given once */
                everyone?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message deleted */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    forwardMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message forwarded */
                        message: string;
                        data: {
                            id: string;
                            /** @description Where it was forwarded to */
                            to?: string;
                            /** @description For a forward, the message it copies; `id` is then the copy's own, whose delivery status can be followed */
                            forwardedFrom?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTestMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Test message sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testNumber: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            configured: boolean;
                            message: string;
                            /** @description *** and the last four digits */
                            phoneNumberMasked?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rejectCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Call rejected */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatMessages: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 50; given once */
                limit?: number;
            };
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            from: string;
                            to: string;
                            /** @description The sender, in a group */
                            author?: string;
                            body: string;
                            /** @description Unix seconds, as WhatsApp stamped the message */
                            timestamp: number;
                            fromMe: boolean;
                            hasMedia: boolean;
                            type: string;
                            isGroup: boolean;
                            caption?: string;
                            mimeType?: string;
                            filename?: string;
                            /** @description Where to fetch the file (GET, with the API key), relative to the gateway's address */
                            mediaUrl?: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatSeen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat marked as read */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "typing" | "recording" | "paused";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Presence shown */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat archived */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatUnarchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat unarchived */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat pinned */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatUnpin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat unpinned */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    muteChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat muted */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatUnmute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat unmuted */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    labels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            name: string;
                            /** @description As WhatsApp shows it, e.g. #ff9485 */
                            color: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            name: string;
                            /** @description As WhatsApp shows it, e.g. #ff9485 */
                            color: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setChatLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    labelIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat labels set */
                        message: string;
                        data: {
                            chatId: string;
                            labels: {
                                id: string;
                                name: string;
                                /** @description As WhatsApp shows it, e.g. #ff9485 */
                                color: string;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkNumber: {
        parameters: {
            query?: {
                /** @description International format, e.g. 966501234567; given once */
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            exists: boolean;
                            /** @description The chat id to message it at */
                            chatId?: string;
                            /** @description Its LID (…@lid), where WhatsApp gives one */
                            lid?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            phone?: string;
                            lid?: string;
                            /** @description As saved in the account's address book */
                            name?: string;
                            /** @description As the user named themselves */
                            pushname?: string;
                            isBusiness: boolean;
                            isBlocked: boolean;
                            about?: string;
                            profilePicUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blockContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Contact blocked */
                        message: string;
                        data: {
                            id: string;
                            phone?: string;
                            lid?: string;
                            /** @description As saved in the account's address book */
                            name?: string;
                            /** @description As the user named themselves */
                            pushname?: string;
                            isBusiness: boolean;
                            isBlocked: boolean;
                            about?: string;
                            profilePicUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unblockContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Contact unblocked */
                        message: string;
                        data: {
                            id: string;
                            phone?: string;
                            lid?: string;
                            /** @description As saved in the account's address book */
                            name?: string;
                            /** @description As the user named themselves */
                            pushname?: string;
                            isBusiness: boolean;
                            isBlocked: boolean;
                            about?: string;
                            profilePicUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    groups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            subject: string;
                            participantCount: number;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The group's subject, up to 100 characters */
                    name?: string | null;
                    /** @description Numbers or chat ids of the people to add */
                    participants?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Group created */
                        message: string;
                        data: {
                            id: string;
                            subject: string;
                            participants: {
                                participant: string;
                                /** @description add, remove, promote or demote */
                                action: string;
                                ok: boolean;
                                /** @description 200 done; 403 they accept invitations only; 404 not on WhatsApp, or not a member; 408 left recently; 409 already a member; 419 group full */
                                code: number;
                                message: string;
                                /** @description An invitation was sent instead */
                                invited: boolean;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    group: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            subject: string;
                            description?: string;
                            /** @description Who created it */
                            owner?: string;
                            /** @description Unix seconds */
                            createdAt?: number;
                            participantCount: number;
                            participants: {
                                /** @description Chat id (…@c.us, or …@lid where WhatsApp lists the member by LID) */
                                id: string;
                                isAdmin: boolean;
                                /** @description The creator */
                                isSuperAdmin: boolean;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    subject?: string | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Group updated */
                        message: string;
                        data: {
                            id: string;
                            subject: string;
                            description?: string;
                            /** @description Who created it */
                            owner?: string;
                            /** @description Unix seconds */
                            createdAt?: number;
                            participantCount: number;
                            participants: {
                                /** @description Chat id (…@c.us, or …@lid where WhatsApp lists the member by LID) */
                                id: string;
                                isAdmin: boolean;
                                /** @description The creator */
                                isSuperAdmin: boolean;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeGroupParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    add?: string[] | null;
                    remove?: string[] | null;
                    promote?: string[] | null;
                    demote?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            participant: string;
                            /** @description add, remove, promote or demote */
                            action: string;
                            ok: boolean;
                            /** @description 200 done; 403 they accept invitations only; 404 not on WhatsApp, or not a member; 408 left recently; 409 already a member; 419 group full */
                            code: number;
                            message: string;
                            /** @description An invitation was sent instead */
                            invited: boolean;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    groupInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            code: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeGroupInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Invite link reset */
                        message: string;
                        data: {
                            code: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    leaveGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Left the group */
                        message: string;
                        data: {
                            groupId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    channels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    name: string;
                    /** @description What the channel is about, shown to people who find it */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Channel created */
                        message: string;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    channel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendChannelMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most the base64 size of MEDIA_MAX_BYTES (about 21 MB by default); larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A text post; or give a file instead */
                    text?: string | null;
                    /** @description http or https; fetched by the gateway */
                    mediaUrl?: string | null;
                    /** @description The file itself, base64 (a data: URL works too); at most the base64 size of MEDIA_MAX_BYTES, the body's limit */
                    mediaBase64?: string | null;
                    /** @description With mediaBase64, when the type cannot be told from the data */
                    mimetype?: string | null;
                    caption?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Posted in the channel */
                        message: string;
                        data: {
                            id: string;
                            channelId: string;
                            /** @description Unix seconds */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Channel followed */
                        message: string;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unfollowChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Channel unfollowed */
                        message: string;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: {
                /** @description With a text/csv body: the campaign name; given once */
                name?: string;
                /** @description With a text/csv body: the text to send; {{name}} is filled from each row's name column; given once */
                message?: string;
                /** @description With a text/csv body: when it runs by itself (ISO 8601 with a zone); given once */
                scheduledAt?: string;
            };
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The text to send; {{name}} is filled from each recipient's vars */
                    message?: string | null;
                    recipients: (string | {
                        /** @description International format, e.g. 966501234567 */
                        phone?: (string | number) | null;
                        /** @description 966501234567@c.us, or a group id …@g.us */
                        chatId?: string | null;
                        /** @description This recipient's own text; else the campaign's */
                        message?: string | null;
                        text?: string | null;
                        /** @description Values for the message placeholders, e.g. {"name": "Ann"} for {{name}} */
                        vars?: {
                            [key: string]: string | number | boolean;
                        } | null;
                    })[];
                    /** @description ISO 8601 with a zone, e.g. 2025-11-01T18:00:00Z; the campaign starts by itself then */
                    scheduledAt?: string | null;
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Campaign created successfully */
                        message: string;
                        data: {
                            id: number;
                            name: string;
                            message: string;
                            /** @description Every recipient's chat id, in the order given */
                            recipients: string[];
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            scheduled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    executeCampaign: {
        parameters: {
            query?: {
                /** @description false: answer at once with the campaign running; progress streams as campaign_progress events; given once */
                wait?: boolean;
            };
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example null */
                        message: string;
                        data: {
                            results: {
                                total: number;
                                /** @description Messages that left (some may since be delivered or read) */
                                sent: number;
                                failed: number;
                                /** @description Interrupted mid-send by a stop; not sent again */
                                unknown: number;
                                /** @description Opted out */
                                skipped: number;
                                /** @description Not attempted yet (the run goes on, or was cancelled) */
                                pending: number;
                                /** @description Recipients that did not get the message (the first 100) */
                                errors: {
                                    /** @description The recipient as given */
                                    phone: string;
                                    chatId: string;
                                    /** @enum {string} */
                                    state: "delivered" | "failed" | "pending" | "read" | "sending" | "sent" | "skipped" | "unknown";
                                    error: string;
                                }[];
                            };
                            campaign: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            name: string;
                            message: string;
                            /** @description Every recipient's chat id, in the order given */
                            recipients: string[];
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            /** Format: date-time */
                            scheduled_at?: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            /** Format: date-time */
                            started_at?: string;
                            /** Format: date-time */
                            completed_at?: string;
                            /** @description Why a run failed */
                            error?: string;
                            counts: {
                                total: number;
                                pending: number;
                                sending: number;
                                sent: number;
                                delivered: number;
                                read: number;
                                failed: number;
                                unknown: number;
                                skipped: number;
                            };
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            name: string;
                            message: string;
                            /** @description Every recipient's chat id, in the order given */
                            recipients: string[];
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            scheduled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            /** @description Why a run failed */
                            error: string | null;
                            counts: {
                                total: number;
                                pending: number;
                                sending: number;
                                sent: number;
                                delivered: number;
                                read: number;
                                failed: number;
                                unknown: number;
                                skipped: number;
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaignRecipients: {
        parameters: {
            query?: {
                /** @description Only recipients in this state: pending, sending, sent, delivered, read, failed, unknown, skipped; given once */
                state?: string;
                /** @description How many a page holds (100 by default, at most 1000); given once */
                first?: number;
                /** @description The page after this one: the previous page's nextCursor; given once */
                after?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            /** @description The recipients with their state, a page at a time */
                            recipients: {
                                items: {
                                    id: number;
                                    /** @description The recipient as given */
                                    phone: string;
                                    chatId: string;
                                    vars: string | null;
                                    /** @description This recipient's own text, when it differs from the campaign's */
                                    message: string | null;
                                    /** @enum {string} */
                                    state: "delivered" | "failed" | "pending" | "read" | "sending" | "sent" | "skipped" | "unknown";
                                    /** @description Pass it to messageStatus */
                                    messageId: string | null;
                                    error: string | null;
                                    attemptedAt: string | null;
                                    sentAt: string | null;
                                    deliveredAt: string | null;
                                    readAt: string | null;
                                    /** Format: date-time */
                                    updatedAt: string;
                                }[];
                                /** @description Pass as `after` for the next page; null on the last */
                                nextCursor: string | null;
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCampaignStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "pending" | "running" | "paused" | "completed" | "failed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Campaign status updated */
                        message: string;
                        data: {
                            id: number;
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    optOuts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            chatId: string;
                            /** @description `keyword`: the chat sent an opt-out keyword; `api`: added by hand */
                            source: string;
                            keyword?: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addOptOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Opt-out list updated */
                        message: string;
                        data: {
                            chatId: string;
                            /** @description False when the list already said so */
                            changed: boolean;
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeOptOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Opt-out list updated */
                        message: string;
                        data: {
                            chatId: string;
                            /** @description False when the list already said so */
                            changed: boolean;
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            url: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed attempt since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Where events are POSTed: an http or https URL */
                    url: string;
                    sessions?: ("*" | string)[] | null;
                    events?: string[] | null;
                    secret?: string | null;
                    /** @description true when not given */
                    enabled?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Webhook created; keep its secret now, it is not shown again */
                        message: string;
                        data: {
                            /** @description The signing secret; shown this once, so keep it now */
                            secret: string;
                            webhook: {
                                id: number;
                                url: string;
                                /** @description The sessions whose events it gets, or "*" for every session */
                                sessions: string[];
                                /** @description Event names, or "*" for every event */
                                events: string[];
                                enabled: boolean;
                                /** @description Why the gateway disabled it, when it did */
                                disabledReason: string | null;
                                /** @description The first failed attempt since the last success */
                                failingSince: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    url?: string | null;
                    sessions?: ("*" | string)[] | null;
                    events?: string[] | null;
                    secret?: string | null;
                    /** @description false holds deliveries back; true resumes them (and clears a disabledReason) */
                    enabled?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Webhook updated */
                        message: string;
                        data: {
                            id: number;
                            url: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed attempt since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhookDeliveries: {
        parameters: {
            query?: {
                /** @description How many (50 by default, at most 500); given once */
                first?: number;
                /** @description Only deliveries in this state: pending, delivered, dead; given once */
                state?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description Pass it to redeliver */
                            id: number;
                            webhookId: number;
                            /** @description The X-WaQtor-Delivery header: the same for every webhook and every redelivery of the event */
                            eventId: string;
                            event: string;
                            /** @enum {string} */
                            state: "dead" | "delivered" | "pending";
                            /** @description The body POSTed: {id, event, timestamp, data} */
                            payload: string;
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description When a pending delivery is tried next */
                            nextAttemptAt: string | null;
                            lastAttemptAt: string | null;
                            /** @description When the receiver answered 2xx */
                            deliveredAt: string | null;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** @description Every attempt, oldest first */
                            attemptLog: {
                                /** Format: date-time */
                                attemptedAt: string;
                                /** @description The receiver's answer; null when none came */
                                statusCode: number | null;
                                durationMs: number;
                                error: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Delivery queued again */
                        message: string;
                        data: {
                            /** @description Pass it to redeliver */
                            id: number;
                            webhookId: number;
                            /** @description The X-WaQtor-Delivery header: the same for every webhook and every redelivery of the event */
                            eventId: string;
                            event: string;
                            /** @enum {string} */
                            state: "dead" | "delivered" | "pending";
                            /** @description The body POSTed: {id, event, timestamp, data} */
                            payload: string;
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description When a pending delivery is tried next */
                            nextAttemptAt: string | null;
                            lastAttemptAt: string | null;
                            /** @description When the receiver answered 2xx */
                            deliveredAt: string | null;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** @description Every attempt, oldest first */
                            attemptLog: {
                                /** Format: date-time */
                                attemptedAt: string;
                                /** @description The receiver's answer; null when none came */
                                statusCode: number | null;
                                durationMs: number;
                                error: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox linked */
                        message: string;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most the base64 size of MEDIA_MAX_BYTES (about 21 MB by default); larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The sender: a number, a chat id, or a group id */
                    from: string;
                    body?: string | null;
                    /** @description The sender inside a group, when `from` is a group */
                    author?: string | null;
                    /** @description The id of a message announced as pending: this delivers it, with that id */
                    pendingId?: string | null;
                    /** @description chat, image, video, audio, document… */
                    type?: string | null;
                    caption?: string | null;
                    /** @description Makes it a media message */
                    mimeType?: string | null;
                    filename?: string | null;
                    /** @description The bytes of the file (with mimeType), for GET /api/messages/:id/media */
                    mediaBase64?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Inbound message delivered */
                        message: string;
                        data: {
                            id: string;
                            from: string;
                            to: string;
                            /** @description The sender, in a group */
                            author?: string;
                            body: string;
                            /** @description Unix seconds, as WhatsApp stamped the message */
                            timestamp: number;
                            fromMe: boolean;
                            hasMedia: boolean;
                            type: string;
                            isGroup: boolean;
                            caption?: string;
                            mimeType?: string;
                            filename?: string;
                            /** @description Where to fetch the file (GET, with the API key), relative to the gateway's address */
                            mediaUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxReaction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A sent or received message */
                    messageId: string;
                    /** @description Who reacts; in a one-to-one chat, the other side by default */
                    from?: string | null;
                    /** @description "" takes the reaction away */
                    emoji?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Reaction delivered */
                        message: string;
                        data: {
                            /** @description The message reacted to */
                            messageId: string;
                            chatId: string;
                            /** @description Who reacted */
                            from: string;
                            emoji: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxEdit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A received message */
                    messageId: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Edit delivered */
                        message: string;
                        data: {
                            id: string;
                            chatId: string;
                            /** @description Who edited it: its sender */
                            from: string;
                            body: string;
                            previousBody?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A received message */
                    messageId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Deletion delivered */
                        message: string;
                        data: {
                            id: string;
                            chatId: string;
                            from: string;
                            /** @description Its text before, where WhatsApp still had it */
                            previousBody?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxVote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A poll the account sent */
                    pollId: string;
                    /** @description Who votes; in a one-to-one chat, the other side by default */
                    from?: string | null;
                    /** @description The answers chosen; none takes the vote back */
                    options?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Vote delivered */
                        message: string;
                        data: {
                            pollId: string;
                            chatId: string;
                            voter: string;
                            selectedOptions: string[];
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxInboundPending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The sender: a number or chat id */
                    from: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Pending message announced */
                        message: string;
                        data: {
                            /** @description The id its `message` event will carry */
                            id: string;
                            /** @description Who sent it; in a group, its sender */
                            from: string;
                            chatId: string;
                            /** @description Unix seconds, as WhatsApp stamped the message */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxInboundCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Who calls: a number or chat id */
                    from: string;
                    isVideo?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Call delivered */
                        message: string;
                        data: {
                            /** @description What rejectCall takes */
                            id: string;
                            /** @description The caller's chat id */
                            from: string;
                            isVideo: boolean;
                            isGroup: boolean;
                            /** Format: date-time */
                            timestamp: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxGroupChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A group the account is in */
                    groupId: string;
                    /**
                     * @description join, leave, update
                     * @enum {string}
                     */
                    change: "join" | "leave" | "update";
                    /** @description Who joins or leaves */
                    participants?: string[] | null;
                    /** @description The admin who added or removed them; none: they joined by the link, or left */
                    author?: string | null;
                    /** @description For an update: the new subject */
                    subject?: string | null;
                    /** @description For an update: the new description */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Group change delivered */
                        message: string;
                        data: {
                            /** @enum {string} */
                            event: "authenticated" | "call" | "campaign_progress" | "chat_labels" | "dialog" | "disconnected" | "event_sink_disabled" | "group_join" | "group_leave" | "group_update" | "message" | "message_ack" | "message_edit" | "message_pending" | "message_reaction" | "message_revoke" | "pairing_code" | "poll_vote" | "qr" | "ready" | "session_limited" | "state_change" | "web_version" | "webhook_disabled";
                            /** @description The group */
                            chatId: string;
                            /** @description Who made the change, where not the people themselves */
                            author?: string;
                            /** @description The people it is about */
                            participants: string[];
                            /** @description WhatsApp's kind of change */
                            type: string;
                            /** @description The new subject or description, for those */
                            body?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        } | {
                            /** @enum {string} */
                            event: "authenticated" | "call" | "campaign_progress" | "chat_labels" | "dialog" | "disconnected" | "event_sink_disabled" | "group_join" | "group_leave" | "group_update" | "message" | "message_ack" | "message_edit" | "message_pending" | "message_reaction" | "message_revoke" | "pairing_code" | "poll_vote" | "qr" | "ready" | "session_limited" | "state_change" | "web_version" | "webhook_disabled";
                            /** @description The group */
                            chatId: string;
                            /** @description Who made the change, where not the people themselves */
                            author?: string;
                            /** @description The people it is about */
                            participants: string[];
                            /** @description WhatsApp's kind of change */
                            type: string;
                            /** @description The new subject or description, for those */
                            body?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        } | {
                            /** @enum {string} */
                            event: "authenticated" | "call" | "campaign_progress" | "chat_labels" | "dialog" | "disconnected" | "event_sink_disabled" | "group_join" | "group_leave" | "group_update" | "message" | "message_ack" | "message_edit" | "message_pending" | "message_reaction" | "message_revoke" | "pairing_code" | "poll_vote" | "qr" | "ready" | "session_limited" | "state_change" | "web_version" | "webhook_disabled";
                            /** @description The group */
                            chatId: string;
                            /** @description Who made the change, where not the people themselves */
                            author?: string;
                            /** @description The people it is about */
                            participants: string[];
                            /** @description WhatsApp's kind of change */
                            type: string;
                            /** @description The new subject or description, for those */
                            body?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxDisconnect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    reason?: ("LOGOUT" | "CONFLICT" | "TIMEOUT" | "NAVIGATION" | "BROWSER_CLOSED" | "TOS_BLOCK" | "PROXYBLOCK") | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox disconnected */
                        message: string;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxLimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox limited */
                        message: string;
                        data: {
                            /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                            reason: string;
                            /** @description When WhatsApp said the limit ends; null when it did not say */
                            until: string | null;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxLiftLimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox limit lifted */
                        message: string;
                        data: {
                            lifted: boolean;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxWebVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The new version, newer than the one the session runs, e.g. 2.3000.1031490220 */
                    version: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example WhatsApp Web rolled out */
                        message: string;
                        data: {
                            /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                            version?: string;
                            /** @enum {string} */
                            source: "live" | "pinned" | "remembered";
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxDialog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description What it says; an announcement ("What's new", "A fresh look") is acknowledged by the gateway, anything else waits for a person */
                    text: string;
                    /** @description Its button labels (default OK) */
                    buttons?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Dialog shown */
                        message: string;
                        data: {
                            /** @description What it says */
                            text: string;
                            /** @description Its button labels */
                            buttons: string[];
                            /** @description The button the gateway pressed; null when the dialog waits for a person */
                            answered: string | null;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxAck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    id: string;
                    /** @enum {number} */
                    ack: -1 | 0 | 1 | 2 | 3 | 4;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Ack applied */
                        message: string;
                        data: {
                            id: string;
                            chatId: string;
                            to: string;
                            kind: string;
                            /** @description The text, or the caption of a media message */
                            body: string;
                            timestamp: number;
                            ack: number;
                            /** @enum {string} */
                            status: "delivered" | "failed" | "pending" | "played" | "read" | "sent";
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            chatId: string;
                            to: string;
                            kind: string;
                            /** @description The text, or the caption of a media message */
                            body: string;
                            mimetype?: string;
                            filename?: string;
                            size?: number;
                            timestamp: number;
                            ack: number;
                            /** @enum {string} */
                            status: "delivered" | "failed" | "pending" | "played" | "read" | "sent";
                            /** @description The message it quotes, as a reply */
                            replyTo?: string;
                            /** @description The chat ids it mentions */
                            mentions: string[];
                            /** @description How its file is shown: `voice`, `sticker` or `document` */
                            as?: string;
                            /** @description A photo or video the recipient could open once */
                            viewOnce: boolean;
                            /** @description false when sent without a preview of its first link */
                            linkPreview: boolean;
                            /** @description The message it forwards */
                            forwardedFrom?: string;
                            /** @description The account's reaction to it */
                            reaction?: string;
                            edited: boolean;
                            /**
                             * Format: date-time
                             * @description Until when the account pinned it
                             */
                            pinnedUntil?: string;
                            /** @description `for-me` or `for-everyone` once deleted */
                            deleted?: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            name: string;
                            /** @description `wwebjs` or `sandbox` */
                            driver: string;
                            /** @enum {string} */
                            status: "started" | "stopped";
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            /** @description Connected: messages can be sent */
                            ready: boolean;
                            me: {
                                wid: string;
                                pushname: string;
                                phone: string;
                            } | null;
                            /** @description The gateway running it now (its NODE_ID in a cluster, else its host and process); null when none does */
                            node: string | null;
                            /** @description Set while WhatsApp refuses messages from this account to new contacts */
                            limit: {
                                /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                                reason: string;
                                /**
                                 * Format: date-time
                                 * @description The first refusal
                                 */
                                since: string;
                                /** @description When WhatsApp said it ends (campaigns it paused resume then); null when it did not say */
                                until: string | null;
                            } | null;
                            /** @description While the state is ACTION_REQUIRED: the dialog WhatsApp Web shows, to answer with answerDialog */
                            dialog: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            } | null;
                            /** @description The WhatsApp Web version it loads or runs, and why that one; null while it is not open */
                            webVersion: {
                                /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                                version: string | null;
                                /** @enum {string} */
                                source: "live" | "pinned" | "remembered";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Lowercase letters, digits, - and _, e.g. sales */
                    name: string;
                    /** @description wwebjs or sandbox; WHATSAPP_DRIVER when left out */
                    driver?: ("wwebjs" | "sandbox") | null;
                    proxy?: string | null;
                    /** @description Start it at once (default true) */
                    start?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Session created */
                        message: string;
                        data: {
                            name: string;
                            /** @description `wwebjs` or `sandbox` */
                            driver: string;
                            /** @enum {string} */
                            status: "started" | "stopped";
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            /** @description Connected: messages can be sent */
                            ready: boolean;
                            me: {
                                wid: string;
                                pushname: string;
                                phone: string;
                            } | null;
                            /** @description The gateway running it now (its NODE_ID in a cluster, else its host and process); null when none does */
                            node: string | null;
                            /** @description Set while WhatsApp refuses messages from this account to new contacts */
                            limit: {
                                /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                                reason: string;
                                /**
                                 * Format: date-time
                                 * @description The first refusal
                                 */
                                since: string;
                                /** @description When WhatsApp said it ends (campaigns it paused resume then); null when it did not say */
                                until: string | null;
                            } | null;
                            /** @description While the state is ACTION_REQUIRED: the dialog WhatsApp Web shows, to answer with answerDialog */
                            dialog: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            } | null;
                            /** @description The WhatsApp Web version it loads or runs, and why that one; null while it is not open */
                            webVersion: {
                                /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                                version: string | null;
                                /** @enum {string} */
                                source: "live" | "pinned" | "remembered";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    session: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            name: string;
                            /** @description `wwebjs` or `sandbox` */
                            driver: string;
                            /** @enum {string} */
                            status: "started" | "stopped";
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            /** @description Connected: messages can be sent */
                            ready: boolean;
                            me: {
                                wid: string;
                                pushname: string;
                                phone: string;
                            } | null;
                            /** @description The gateway running it now (its NODE_ID in a cluster, else its host and process); null when none does */
                            node: string | null;
                            /** @description Set while WhatsApp refuses messages from this account to new contacts */
                            limit: {
                                /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                                reason: string;
                                /**
                                 * Format: date-time
                                 * @description The first refusal
                                 */
                                since: string;
                                /** @description When WhatsApp said it ends (campaigns it paused resume then); null when it did not say */
                                until: string | null;
                            } | null;
                            /** @description While the state is ACTION_REQUIRED: the dialog WhatsApp Web shows, to answer with answerDialog */
                            dialog: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            } | null;
                            /** @description The WhatsApp Web version it loads or runs, and why that one; null while it is not open */
                            webVersion: {
                                /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                                version: string | null;
                                /** @enum {string} */
                                source: "live" | "pinned" | "remembered";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: {
                /** @description true deletes its campaigns, messages, opt-outs and own webhooks too; given once */
                purge?: boolean;
            };
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sessionQr: {
        parameters: {
            query?: {
                /** @description `png` or `svg`: answer with the image instead of JSON; given once */
                format?: string;
            };
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the JSON body, or the image itself when a format is asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description Render it as a QR code and scan it under Linked devices */
                            qr: string;
                            /** Format: date-time */
                            timestamp: string;
                            /** @description The QR code drawn, ready to show; null without a format */
                            image?: {
                                /** @description `image/png` or `image/svg+xml` */
                                contentType: string;
                                /** @description The image, base64 */
                                data: string;
                            };
                        };
                    };
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestPairingCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The number of the phone that will link, in international format, e.g. 966501234567 */
                    phone: string | number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Type the code on the phone: Linked devices → Link with phone number */
                        message: string;
                        data: {
                            /** @description Type it on the phone under Linked devices → Link with phone number */
                            code: string;
                            phone: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Session started */
                        message: string;
                        data: {
                            name: string;
                            /** @description `wwebjs` or `sandbox` */
                            driver: string;
                            /** @enum {string} */
                            status: "started" | "stopped";
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            /** @description Connected: messages can be sent */
                            ready: boolean;
                            me: {
                                wid: string;
                                pushname: string;
                                phone: string;
                            } | null;
                            /** @description The gateway running it now (its NODE_ID in a cluster, else its host and process); null when none does */
                            node: string | null;
                            /** @description Set while WhatsApp refuses messages from this account to new contacts */
                            limit: {
                                /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                                reason: string;
                                /**
                                 * Format: date-time
                                 * @description The first refusal
                                 */
                                since: string;
                                /** @description When WhatsApp said it ends (campaigns it paused resume then); null when it did not say */
                                until: string | null;
                            } | null;
                            /** @description While the state is ACTION_REQUIRED: the dialog WhatsApp Web shows, to answer with answerDialog */
                            dialog: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            } | null;
                            /** @description The WhatsApp Web version it loads or runs, and why that one; null while it is not open */
                            webVersion: {
                                /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                                version: string | null;
                                /** @enum {string} */
                                source: "live" | "pinned" | "remembered";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stopSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Session stopped */
                        message: string;
                        data: {
                            name: string;
                            /** @description `wwebjs` or `sandbox` */
                            driver: string;
                            /** @enum {string} */
                            status: "started" | "stopped";
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            /** @description Connected: messages can be sent */
                            ready: boolean;
                            me: {
                                wid: string;
                                pushname: string;
                                phone: string;
                            } | null;
                            /** @description The gateway running it now (its NODE_ID in a cluster, else its host and process); null when none does */
                            node: string | null;
                            /** @description Set while WhatsApp refuses messages from this account to new contacts */
                            limit: {
                                /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                                reason: string;
                                /**
                                 * Format: date-time
                                 * @description The first refusal
                                 */
                                since: string;
                                /** @description When WhatsApp said it ends (campaigns it paused resume then); null when it did not say */
                                until: string | null;
                            } | null;
                            /** @description While the state is ACTION_REQUIRED: the dialog WhatsApp Web shows, to answer with answerDialog */
                            dialog: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            } | null;
                            /** @description The WhatsApp Web version it loads or runs, and why that one; null while it is not open */
                            webVersion: {
                                /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                                version: string | null;
                                /** @enum {string} */
                                source: "live" | "pinned" | "remembered";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Session logged out */
                        message: string;
                        data: {
                            name: string;
                            /** @description `wwebjs` or `sandbox` */
                            driver: string;
                            /** @enum {string} */
                            status: "started" | "stopped";
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            /** @description Connected: messages can be sent */
                            ready: boolean;
                            me: {
                                wid: string;
                                pushname: string;
                                phone: string;
                            } | null;
                            /** @description The gateway running it now (its NODE_ID in a cluster, else its host and process); null when none does */
                            node: string | null;
                            /** @description Set while WhatsApp refuses messages from this account to new contacts */
                            limit: {
                                /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                                reason: string;
                                /**
                                 * Format: date-time
                                 * @description The first refusal
                                 */
                                since: string;
                                /** @description When WhatsApp said it ends (campaigns it paused resume then); null when it did not say */
                                until: string | null;
                            } | null;
                            /** @description While the state is ACTION_REQUIRED: the dialog WhatsApp Web shows, to answer with answerDialog */
                            dialog: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            } | null;
                            /** @description The WhatsApp Web version it loads or runs, and why that one; null while it is not open */
                            webVersion: {
                                /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                                version: string | null;
                                /** @enum {string} */
                                source: "live" | "pinned" | "remembered";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    apiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description Pass it to revokeApiKey */
                            id: number;
                            name: string;
                            /** @description The sessions the key may act on */
                            sessions: string[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description What the key is for, e.g. "sales CRM" */
                    name: string;
                    /** @description The sessions the key may act on, e.g. ["sales"] */
                    sessions: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example API key created; keep it now, it is not shown again */
                        message: string;
                        data: {
                            id: number;
                            name: string;
                            sessions: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The key itself (X-API-Key); shown this once, so keep it now */
                            key: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    currentKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description The admin key (API_KEY): every session, and sessions and keys themselves */
                            admin: boolean;
                            /** @description The name it was made with; null for the admin key */
                            name: string | null;
                            /** @description The sessions it may act on (every session for the admin key) */
                            sessions: string[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eventSinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            /** @enum {string} */
                            type: "amqp" | "mqtt" | "nats";
                            /** @description The broker, its password (or token) masked as *** */
                            url: string;
                            /** @description The topic exchange (amqp), the subject prefix (nats) or the topic prefix (mqtt) events are published to */
                            target: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed publish since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEventSink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The broker: amqp (RabbitMQ), nats (NATS JetStream) or mqtt
                     * @enum {string}
                     */
                    type: "amqp" | "nats" | "mqtt";
                    /** @description The broker's URL, with its credentials if it needs them (never shown again: answers mask them) */
                    url: string;
                    /** @description Where on the broker: the topic exchange (amqp), the subject prefix (nats) or the topic prefix (mqtt) */
                    target: string;
                    events?: string[] | null;
                    /** @description The sessions whose events it gets, or ["*"] (the default) for every session */
                    sessions?: ("*" | string)[] | null;
                    /** @description true when not given */
                    enabled?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Event sink created */
                        message: string;
                        data: {
                            id: number;
                            /** @enum {string} */
                            type: "amqp" | "mqtt" | "nats";
                            /** @description The broker, its password (or token) masked as *** */
                            url: string;
                            /** @description The topic exchange (amqp), the subject prefix (nats) or the topic prefix (mqtt) events are published to */
                            target: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed publish since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eventSink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            /** @enum {string} */
                            type: "amqp" | "mqtt" | "nats";
                            /** @description The broker, its password (or token) masked as *** */
                            url: string;
                            /** @description The topic exchange (amqp), the subject prefix (nats) or the topic prefix (mqtt) events are published to */
                            target: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed publish since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEventSink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    type?: ("amqp" | "nats" | "mqtt") | null;
                    /** @description The broker's URL; one that comes back masked as it was shown ("***") keeps the credentials */
                    url?: string | null;
                    target?: string | null;
                    events?: string[] | null;
                    /** @description The sessions whose events it gets, or ["*"] for every session */
                    sessions?: ("*" | string)[] | null;
                    /** @description false stops publishing (events raised meanwhile are not kept for it); true resumes it and clears a disabledReason */
                    enabled?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Event sink updated */
                        message: string;
                        data: {
                            id: number;
                            /** @enum {string} */
                            type: "amqp" | "mqtt" | "nats";
                            /** @description The broker, its password (or token) masked as *** */
                            url: string;
                            /** @description The topic exchange (amqp), the subject prefix (nats) or the topic prefix (mqtt) events are published to */
                            target: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed publish since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEventSink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eventSinkDeliveries: {
        parameters: {
            query?: {
                /** @description How many (50 by default, at most 500); given once */
                first?: number;
                /** @description Only deliveries in this state: pending, delivered, dead; given once */
                state?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            sinkId: number;
                            /** @description The message id it is published with: the same for every sink and webhook */
                            eventId: string;
                            event: string;
                            /** @enum {string} */
                            state: "dead" | "delivered" | "pending";
                            /** @description The message published: {id, event, session, timestamp, data}, the body a webhook gets */
                            payload: string;
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description When a pending delivery is tried next */
                            nextAttemptAt: string | null;
                            lastAttemptAt: string | null;
                            /** @description When the broker took it */
                            deliveredAt: string | null;
                            lastError: string | null;
                            /** @description Every attempt, oldest first */
                            attemptLog: {
                                /** Format: date-time */
                                attemptedAt: string;
                                durationMs: number;
                                error: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description False for a single gateway (no REDIS_URL), which lists no nodes */
                            enabled: boolean;
                            /** @description The node that answered */
                            node?: string;
                            /** @description Live nodes first, then by id */
                            nodes: {
                                /** @description NODE_ID */
                                id: string;
                                /** @description Where the other nodes reach it (CLUSTER_ADVERTISE_URL) */
                                advertiseUrl: string;
                                /** @description Whether it renewed its heartbeat within two thirds of a session lease; a dead node keeps its row */
                                live: boolean;
                                /** @description How long ago it last renewed its heartbeat */
                                heartbeatAgeMs: number;
                                /** Format: date-time */
                                startedAt: string;
                                /** @description The sessions it runs now */
                                sessions: string[];
                                sessionCount: number;
                                /** @description NODE_MAX_SESSIONS: how many it may run */
                                maxSessions: number;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    clientStatusOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                            /** @description While the state is ACTION_REQUIRED: the dialog to answer with answerDialog */
                            dialog?: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: false;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                            /** @description While the state is ACTION_REQUIRED: the dialog to answer with answerDialog */
                            dialog?: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            };
                        };
                    } | components["schemas"]["Error"];
                };
            };
        };
    };
    sessionInfoOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            wid: string;
                            pushname: string;
                            platform: string;
                            phone: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            name: string;
                            isGroup: boolean;
                            unreadCount: number;
                            archived: boolean;
                            pinned: boolean;
                            muted: boolean;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    versionOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            waqtor: string;
                            /** @description The installed whatsapp-web.js version */
                            upstream: string;
                            upstreamAuthor: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    answerDialogOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The label of one of its buttons, as the session's `dialog.buttons` lists them */
                    button: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Dialog answered */
                        message: string;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                            /** @description While the state is ACTION_REQUIRED: the dialog to answer with answerDialog */
                            dialog?: {
                                /** @description What it says */
                                text: string;
                                /** @description Its button labels, as answerDialog takes them */
                                buttons: string[];
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logoutOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTextOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    message?: string | null;
                    text?: string | null;
                    /** @description The id of the message to quote */
                    replyTo?: string | null;
                    /** @description Numbers or chat ids of the people mentioned (write @966… in the text) */
                    mentions?: string[] | null;
                    /** @description false: no preview of the first link in the text (WhatsApp shows one otherwise) */
                    linkPreview?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendMediaOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most the base64 size of MEDIA_MAX_BYTES (about 21 MB by default); larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    /** @description http or https; fetched by the gateway */
                    mediaUrl?: string | null;
                    /** @description The file itself, base64 (a data: URL works too); at most the base64 size of MEDIA_MAX_BYTES, the body's limit */
                    mediaBase64?: string | null;
                    /** @description With mediaBase64, when the type cannot be told from the data */
                    mimetype?: string | null;
                    caption?: string | null;
                    filename?: string | null;
                    /** @description An audio file as a voice note */
                    asVoice?: boolean | null;
                    /** @description An image as a sticker */
                    asSticker?: boolean | null;
                    /** @description Any file as a document, not shown inline */
                    asDocument?: boolean | null;
                    /** @description A photo or video the recipient can open once, after which WhatsApp hides it */
                    viewOnce?: boolean | null;
                    /** @description The id of the message to quote */
                    replyTo?: string | null;
                    /** @description Numbers or chat ids of the people mentioned (write @966… in the text) */
                    mentions?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Media sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendLocationOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    /** @description -90 to 90 */
                    latitude: number;
                    /** @description -180 to 180 */
                    longitude: number;
                    /** @description The place's name, shown above the map */
                    name?: string | null;
                    address?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Location sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendContactOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    contacts: {
                        name: string;
                        /** @description A JSON integer is read as its digits */
                        phone: string | number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Contact sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendPollOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                    question: string;
                    options: string[];
                    /** @description Whether a voter may pick several answers (default false) */
                    multipleAnswers?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Poll sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendBulkOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    recipients: (string | {
                        /** @description International format, e.g. 966501234567 */
                        phone?: (string | number) | null;
                        /** @description 966501234567@c.us, or a group id …@g.us */
                        chatId?: string | null;
                        /** @description This recipient's own text; else the request's */
                        message?: string | null;
                        text?: string | null;
                    })[];
                    /** @description The text for recipients without their own */
                    message?: string | null;
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Bulk messages sent */
                        message: string;
                        data: {
                            total: number;
                            sent: number;
                            failed: number;
                            results: {
                                /** @description The recipient as given */
                                phone: string;
                                /** @description `sent` or `failed` */
                                status: string;
                                messageId?: string;
                                error?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    messageStatusOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            chatId: string;
                            /** @enum {string} */
                            kind: "contact" | "location" | "media" | "poll" | "text";
                            /** @enum {string} */
                            status: "delivered" | "failed" | "pending" | "played" | "read" | "sent";
                            /** @description WhatsApp's ack level: -1 failed, 0 pending, 1 sent, 2 delivered, 3 read, 4 played */
                            ack: number;
                            error?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            deliveredAt?: string;
                            /** Format: date-time */
                            readAt?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    messageMediaOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the file itself, with its Content-Type and name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reactToMessageOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    emoji: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Reaction updated */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pinMessageOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description How long it stays pinned: 86400 (24 hours), 604800 (7 days) or 2592000 (30 days), as WhatsApp offers */
                    seconds: 86400 | 604800 | 2592000;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message pinned */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unpinMessageOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message unpinned */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editMessageOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    message?: string | null;
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message edited */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMessageOnSession: {
        parameters: {
            query?: {
                /** @description true revokes one of the account's own messages for everyone (within about 60 hours); given once */
                everyone?: boolean;
            };
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message deleted */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    forwardMessageOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Message forwarded */
                        message: string;
                        data: {
                            id: string;
                            /** @description Where it was forwarded to */
                            to?: string;
                            /** @description For a forward, the message it copies; `id` is then the copy's own, whose delivery status can be followed */
                            forwardedFrom?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTestMessageOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Test message sent successfully */
                        message: string;
                        data: {
                            /** @description WhatsApp's message id; pass it to messageStatus */
                            id: string;
                            /** @description Unix seconds */
                            timestamp: number;
                            to: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testNumberOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            configured: boolean;
                            message: string;
                            /** @description *** and the last four digits */
                            phoneNumberMasked?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rejectCallOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Call rejected */
                        message: string;
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatMessagesOnSession: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 50; given once */
                limit?: number;
            };
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            from: string;
                            to: string;
                            /** @description The sender, in a group */
                            author?: string;
                            body: string;
                            /** @description Unix seconds, as WhatsApp stamped the message */
                            timestamp: number;
                            fromMe: boolean;
                            hasMedia: boolean;
                            type: string;
                            isGroup: boolean;
                            caption?: string;
                            mimeType?: string;
                            filename?: string;
                            /** @description Where to fetch the file (GET, with the API key), relative to the gateway's address */
                            mediaUrl?: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatSeenOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat marked as read */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatPresenceOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "typing" | "recording" | "paused";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Presence shown */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatArchiveOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat archived */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatUnarchiveOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat unarchived */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatPinOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat pinned */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatUnpinOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat unpinned */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    muteChatOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat muted */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatUnmuteOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat unmuted */
                        message: string;
                        data: {
                            chatId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    labelsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            name: string;
                            /** @description As WhatsApp shows it, e.g. #ff9485 */
                            color: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chatLabelsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            name: string;
                            /** @description As WhatsApp shows it, e.g. #ff9485 */
                            color: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setChatLabelsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                chatId: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    labelIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Chat labels set */
                        message: string;
                        data: {
                            chatId: string;
                            labels: {
                                id: string;
                                name: string;
                                /** @description As WhatsApp shows it, e.g. #ff9485 */
                                color: string;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkNumberOnSession: {
        parameters: {
            query?: {
                /** @description International format, e.g. 966501234567; given once */
                phone?: string;
            };
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            exists: boolean;
                            /** @description The chat id to message it at */
                            chatId?: string;
                            /** @description Its LID (…@lid), where WhatsApp gives one */
                            lid?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    contactOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            phone?: string;
                            lid?: string;
                            /** @description As saved in the account's address book */
                            name?: string;
                            /** @description As the user named themselves */
                            pushname?: string;
                            isBusiness: boolean;
                            isBlocked: boolean;
                            about?: string;
                            profilePicUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blockContactOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Contact blocked */
                        message: string;
                        data: {
                            id: string;
                            phone?: string;
                            lid?: string;
                            /** @description As saved in the account's address book */
                            name?: string;
                            /** @description As the user named themselves */
                            pushname?: string;
                            isBusiness: boolean;
                            isBlocked: boolean;
                            about?: string;
                            profilePicUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unblockContactOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Contact unblocked */
                        message: string;
                        data: {
                            id: string;
                            phone?: string;
                            lid?: string;
                            /** @description As saved in the account's address book */
                            name?: string;
                            /** @description As the user named themselves */
                            pushname?: string;
                            isBusiness: boolean;
                            isBlocked: boolean;
                            about?: string;
                            profilePicUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    groupsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            subject: string;
                            participantCount: number;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createGroupOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The group's subject, up to 100 characters */
                    name?: string | null;
                    /** @description Numbers or chat ids of the people to add */
                    participants?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Group created */
                        message: string;
                        data: {
                            id: string;
                            subject: string;
                            participants: {
                                participant: string;
                                /** @description add, remove, promote or demote */
                                action: string;
                                ok: boolean;
                                /** @description 200 done; 403 they accept invitations only; 404 not on WhatsApp, or not a member; 408 left recently; 409 already a member; 419 group full */
                                code: number;
                                message: string;
                                /** @description An invitation was sent instead */
                                invited: boolean;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    groupOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            subject: string;
                            description?: string;
                            /** @description Who created it */
                            owner?: string;
                            /** @description Unix seconds */
                            createdAt?: number;
                            participantCount: number;
                            participants: {
                                /** @description Chat id (…@c.us, or …@lid where WhatsApp lists the member by LID) */
                                id: string;
                                isAdmin: boolean;
                                /** @description The creator */
                                isSuperAdmin: boolean;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateGroupOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    subject?: string | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Group updated */
                        message: string;
                        data: {
                            id: string;
                            subject: string;
                            description?: string;
                            /** @description Who created it */
                            owner?: string;
                            /** @description Unix seconds */
                            createdAt?: number;
                            participantCount: number;
                            participants: {
                                /** @description Chat id (…@c.us, or …@lid where WhatsApp lists the member by LID) */
                                id: string;
                                isAdmin: boolean;
                                /** @description The creator */
                                isSuperAdmin: boolean;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeGroupParticipantsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    add?: string[] | null;
                    remove?: string[] | null;
                    promote?: string[] | null;
                    demote?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            participant: string;
                            /** @description add, remove, promote or demote */
                            action: string;
                            ok: boolean;
                            /** @description 200 done; 403 they accept invitations only; 404 not on WhatsApp, or not a member; 408 left recently; 409 already a member; 419 group full */
                            code: number;
                            message: string;
                            /** @description An invitation was sent instead */
                            invited: boolean;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    groupInviteOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            code: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeGroupInviteOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Invite link reset */
                        message: string;
                        data: {
                            code: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    leaveGroupOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Left the group */
                        message: string;
                        data: {
                            groupId: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    channelsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createChannelOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    name: string;
                    /** @description What the channel is about, shown to people who find it */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Channel created */
                        message: string;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    channelOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendChannelMessageOnSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most the base64 size of MEDIA_MAX_BYTES (about 21 MB by default); larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A text post; or give a file instead */
                    text?: string | null;
                    /** @description http or https; fetched by the gateway */
                    mediaUrl?: string | null;
                    /** @description The file itself, base64 (a data: URL works too); at most the base64 size of MEDIA_MAX_BYTES, the body's limit */
                    mediaBase64?: string | null;
                    /** @description With mediaBase64, when the type cannot be told from the data */
                    mimetype?: string | null;
                    caption?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Posted in the channel */
                        message: string;
                        data: {
                            id: string;
                            channelId: string;
                            /** @description Unix seconds */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UPSTREAM_FAILED: WhatsApp or the media host refused */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followChannelOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Channel followed */
                        message: string;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unfollowChannelOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Channel unfollowed */
                        message: string;
                        data: {
                            /** @description …@newsletter */
                            id: string;
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            role: "admin" | "guest" | "owner" | "subscriber";
                            /** @description https://whatsapp.com/channel/…, where WhatsApp gave it */
                            inviteLink?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCampaignOnSession: {
        parameters: {
            query?: {
                /** @description With a text/csv body: the campaign name; given once */
                name?: string;
                /** @description With a text/csv body: the text to send; {{name}} is filled from each row's name column; given once */
                message?: string;
                /** @description With a text/csv body: when it runs by itself (ISO 8601 with a zone); given once */
                scheduledAt?: string;
            };
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The text to send; {{name}} is filled from each recipient's vars */
                    message?: string | null;
                    recipients: (string | {
                        /** @description International format, e.g. 966501234567 */
                        phone?: (string | number) | null;
                        /** @description 966501234567@c.us, or a group id …@g.us */
                        chatId?: string | null;
                        /** @description This recipient's own text; else the campaign's */
                        message?: string | null;
                        text?: string | null;
                        /** @description Values for the message placeholders, e.g. {"name": "Ann"} for {{name}} */
                        vars?: {
                            [key: string]: string | number | boolean;
                        } | null;
                    })[];
                    /** @description ISO 8601 with a zone, e.g. 2025-11-01T18:00:00Z; the campaign starts by itself then */
                    scheduledAt?: string | null;
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Campaign created successfully */
                        message: string;
                        data: {
                            id: number;
                            name: string;
                            message: string;
                            /** @description Every recipient's chat id, in the order given */
                            recipients: string[];
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            scheduled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    executeCampaignOnSession: {
        parameters: {
            query?: {
                /** @description false: answer at once with the campaign running; progress streams as campaign_progress events; given once */
                wait?: boolean;
            };
            header?: {
                /** @description Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example null */
                        message: string;
                        data: {
                            results: {
                                total: number;
                                /** @description Messages that left (some may since be delivered or read) */
                                sent: number;
                                failed: number;
                                /** @description Interrupted mid-send by a stop; not sent again */
                                unknown: number;
                                /** @description Opted out */
                                skipped: number;
                                /** @description Not attempted yet (the run goes on, or was cancelled) */
                                pending: number;
                                /** @description Recipients that did not get the message (the first 100) */
                                errors: {
                                    /** @description The recipient as given */
                                    phone: string;
                                    chatId: string;
                                    /** @enum {string} */
                                    state: "delivered" | "failed" | "pending" | "read" | "sending" | "sent" | "skipped" | "unknown";
                                    error: string;
                                }[];
                            };
                            campaign: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_IN_PROGRESS: A request with this Idempotency-Key is still running; retry with the same key in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_CONFLICT: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaignsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            name: string;
                            message: string;
                            /** @description Every recipient's chat id, in the order given */
                            recipients: string[];
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            /** Format: date-time */
                            scheduled_at?: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            /** Format: date-time */
                            started_at?: string;
                            /** Format: date-time */
                            completed_at?: string;
                            /** @description Why a run failed */
                            error?: string;
                            counts: {
                                total: number;
                                pending: number;
                                sending: number;
                                sent: number;
                                delivered: number;
                                read: number;
                                failed: number;
                                unknown: number;
                                skipped: number;
                            };
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaignOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            name: string;
                            message: string;
                            /** @description Every recipient's chat id, in the order given */
                            recipients: string[];
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            scheduled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            /** @description Why a run failed */
                            error: string | null;
                            counts: {
                                total: number;
                                pending: number;
                                sending: number;
                                sent: number;
                                delivered: number;
                                read: number;
                                failed: number;
                                unknown: number;
                                skipped: number;
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCampaignOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaignRecipientsOnSession: {
        parameters: {
            query?: {
                /** @description Only recipients in this state: pending, sending, sent, delivered, read, failed, unknown, skipped; given once */
                state?: string;
                /** @description How many a page holds (100 by default, at most 1000); given once */
                first?: number;
                /** @description The page after this one: the previous page's nextCursor; given once */
                after?: string;
            };
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                            /** @description The recipients with their state, a page at a time */
                            recipients: {
                                items: {
                                    id: number;
                                    /** @description The recipient as given */
                                    phone: string;
                                    chatId: string;
                                    vars: string | null;
                                    /** @description This recipient's own text, when it differs from the campaign's */
                                    message: string | null;
                                    /** @enum {string} */
                                    state: "delivered" | "failed" | "pending" | "read" | "sending" | "sent" | "skipped" | "unknown";
                                    /** @description Pass it to messageStatus */
                                    messageId: string | null;
                                    error: string | null;
                                    attemptedAt: string | null;
                                    sentAt: string | null;
                                    deliveredAt: string | null;
                                    readAt: string | null;
                                    /** Format: date-time */
                                    updatedAt: string;
                                }[];
                                /** @description Pass as `after` for the next page; null on the last */
                                nextCursor: string | null;
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCampaignStatusOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "pending" | "running" | "paused" | "completed" | "failed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Campaign status updated */
                        message: string;
                        data: {
                            id: number;
                            /** @enum {string} */
                            status: "cancelled" | "completed" | "failed" | "paused" | "pending" | "running";
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    optOutsOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            chatId: string;
                            /** @description `keyword`: the chat sent an opt-out keyword; `api`: added by hand */
                            source: string;
                            keyword?: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addOptOutOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Opt-out list updated */
                        message: string;
                        data: {
                            chatId: string;
                            /** @description False when the list already said so */
                            changed: boolean;
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeOptOutOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description International format, e.g. 966501234567 */
                    phone?: (string | number) | null;
                    /** @description 966501234567@c.us, or a group id …@g.us */
                    chatId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Opt-out list updated */
                        message: string;
                        data: {
                            chatId: string;
                            /** @description False when the list already said so */
                            changed: boolean;
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooksOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: number;
                            url: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed attempt since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Where events are POSTed: an http or https URL */
                    url: string;
                    sessions?: ("*" | string)[] | null;
                    events?: string[] | null;
                    secret?: string | null;
                    /** @description true when not given */
                    enabled?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Webhook created; keep its secret now, it is not shown again */
                        message: string;
                        data: {
                            /** @description The signing secret; shown this once, so keep it now */
                            secret: string;
                            webhook: {
                                id: number;
                                url: string;
                                /** @description The sessions whose events it gets, or "*" for every session */
                                sessions: string[];
                                /** @description Event names, or "*" for every event */
                                events: string[];
                                enabled: boolean;
                                /** @description Why the gateway disabled it, when it did */
                                disabledReason: string | null;
                                /** @description The first failed attempt since the last success */
                                failingSince: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    url?: string | null;
                    sessions?: ("*" | string)[] | null;
                    events?: string[] | null;
                    secret?: string | null;
                    /** @description false holds deliveries back; true resumes them (and clears a disabledReason) */
                    enabled?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Webhook updated */
                        message: string;
                        data: {
                            id: number;
                            url: string;
                            /** @description The sessions whose events it gets, or "*" for every session */
                            sessions: string[];
                            /** @description Event names, or "*" for every event */
                            events: string[];
                            enabled: boolean;
                            /** @description Why the gateway disabled it, when it did */
                            disabledReason: string | null;
                            /** @description The first failed attempt since the last success */
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhookDeliveriesOnSession: {
        parameters: {
            query?: {
                /** @description How many (50 by default, at most 500); given once */
                first?: number;
                /** @description Only deliveries in this state: pending, delivered, dead; given once */
                state?: string;
            };
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description Pass it to redeliver */
                            id: number;
                            webhookId: number;
                            /** @description The X-WaQtor-Delivery header: the same for every webhook and every redelivery of the event */
                            eventId: string;
                            event: string;
                            /** @enum {string} */
                            state: "dead" | "delivered" | "pending";
                            /** @description The body POSTed: {id, event, timestamp, data} */
                            payload: string;
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description When a pending delivery is tried next */
                            nextAttemptAt: string | null;
                            lastAttemptAt: string | null;
                            /** @description When the receiver answered 2xx */
                            deliveredAt: string | null;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** @description Every attempt, oldest first */
                            attemptLog: {
                                /** Format: date-time */
                                attemptedAt: string;
                                /** @description The receiver's answer; null when none came */
                                statusCode: number | null;
                                durationMs: number;
                                error: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Delivery queued again */
                        message: string;
                        data: {
                            /** @description Pass it to redeliver */
                            id: number;
                            webhookId: number;
                            /** @description The X-WaQtor-Delivery header: the same for every webhook and every redelivery of the event */
                            eventId: string;
                            event: string;
                            /** @enum {string} */
                            state: "dead" | "delivered" | "pending";
                            /** @description The body POSTed: {id, event, timestamp, data} */
                            payload: string;
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description When a pending delivery is tried next */
                            nextAttemptAt: string | null;
                            lastAttemptAt: string | null;
                            /** @description When the receiver answered 2xx */
                            deliveredAt: string | null;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** @description Every attempt, oldest first */
                            attemptLog: {
                                /** Format: date-time */
                                attemptedAt: string;
                                /** @description The receiver's answer; null when none came */
                                statusCode: number | null;
                                durationMs: number;
                                error: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxLinkOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox linked */
                        message: string;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxInboundOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most the base64 size of MEDIA_MAX_BYTES (about 21 MB by default); larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The sender: a number, a chat id, or a group id */
                    from: string;
                    body?: string | null;
                    /** @description The sender inside a group, when `from` is a group */
                    author?: string | null;
                    /** @description The id of a message announced as pending: this delivers it, with that id */
                    pendingId?: string | null;
                    /** @description chat, image, video, audio, document… */
                    type?: string | null;
                    caption?: string | null;
                    /** @description Makes it a media message */
                    mimeType?: string | null;
                    filename?: string | null;
                    /** @description The bytes of the file (with mimeType), for GET /api/messages/:id/media */
                    mediaBase64?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Inbound message delivered */
                        message: string;
                        data: {
                            id: string;
                            from: string;
                            to: string;
                            /** @description The sender, in a group */
                            author?: string;
                            body: string;
                            /** @description Unix seconds, as WhatsApp stamped the message */
                            timestamp: number;
                            fromMe: boolean;
                            hasMedia: boolean;
                            type: string;
                            isGroup: boolean;
                            caption?: string;
                            mimeType?: string;
                            filename?: string;
                            /** @description Where to fetch the file (GET, with the API key), relative to the gateway's address */
                            mediaUrl?: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxReactionOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A sent or received message */
                    messageId: string;
                    /** @description Who reacts; in a one-to-one chat, the other side by default */
                    from?: string | null;
                    /** @description "" takes the reaction away */
                    emoji?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Reaction delivered */
                        message: string;
                        data: {
                            /** @description The message reacted to */
                            messageId: string;
                            chatId: string;
                            /** @description Who reacted */
                            from: string;
                            emoji: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxEditOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A received message */
                    messageId: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Edit delivered */
                        message: string;
                        data: {
                            id: string;
                            chatId: string;
                            /** @description Who edited it: its sender */
                            from: string;
                            body: string;
                            previousBody?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxRevokeOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A received message */
                    messageId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Deletion delivered */
                        message: string;
                        data: {
                            id: string;
                            chatId: string;
                            from: string;
                            /** @description Its text before, where WhatsApp still had it */
                            previousBody?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxVoteOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A poll the account sent */
                    pollId: string;
                    /** @description Who votes; in a one-to-one chat, the other side by default */
                    from?: string | null;
                    /** @description The answers chosen; none takes the vote back */
                    options?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Vote delivered */
                        message: string;
                        data: {
                            pollId: string;
                            chatId: string;
                            voter: string;
                            selectedOptions: string[];
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxInboundPendingOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The sender: a number or chat id */
                    from: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Pending message announced */
                        message: string;
                        data: {
                            /** @description The id its `message` event will carry */
                            id: string;
                            /** @description Who sent it; in a group, its sender */
                            from: string;
                            chatId: string;
                            /** @description Unix seconds, as WhatsApp stamped the message */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxInboundCallOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Who calls: a number or chat id */
                    from: string;
                    isVideo?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Call delivered */
                        message: string;
                        data: {
                            /** @description What rejectCall takes */
                            id: string;
                            /** @description The caller's chat id */
                            from: string;
                            isVideo: boolean;
                            isGroup: boolean;
                            /** Format: date-time */
                            timestamp: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxGroupChangeOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A group the account is in */
                    groupId: string;
                    /**
                     * @description join, leave, update
                     * @enum {string}
                     */
                    change: "join" | "leave" | "update";
                    /** @description Who joins or leaves */
                    participants?: string[] | null;
                    /** @description The admin who added or removed them; none: they joined by the link, or left */
                    author?: string | null;
                    /** @description For an update: the new subject */
                    subject?: string | null;
                    /** @description For an update: the new description */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Group change delivered */
                        message: string;
                        data: {
                            /** @enum {string} */
                            event: "authenticated" | "call" | "campaign_progress" | "chat_labels" | "dialog" | "disconnected" | "event_sink_disabled" | "group_join" | "group_leave" | "group_update" | "message" | "message_ack" | "message_edit" | "message_pending" | "message_reaction" | "message_revoke" | "pairing_code" | "poll_vote" | "qr" | "ready" | "session_limited" | "state_change" | "web_version" | "webhook_disabled";
                            /** @description The group */
                            chatId: string;
                            /** @description Who made the change, where not the people themselves */
                            author?: string;
                            /** @description The people it is about */
                            participants: string[];
                            /** @description WhatsApp's kind of change */
                            type: string;
                            /** @description The new subject or description, for those */
                            body?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        } | {
                            /** @enum {string} */
                            event: "authenticated" | "call" | "campaign_progress" | "chat_labels" | "dialog" | "disconnected" | "event_sink_disabled" | "group_join" | "group_leave" | "group_update" | "message" | "message_ack" | "message_edit" | "message_pending" | "message_reaction" | "message_revoke" | "pairing_code" | "poll_vote" | "qr" | "ready" | "session_limited" | "state_change" | "web_version" | "webhook_disabled";
                            /** @description The group */
                            chatId: string;
                            /** @description Who made the change, where not the people themselves */
                            author?: string;
                            /** @description The people it is about */
                            participants: string[];
                            /** @description WhatsApp's kind of change */
                            type: string;
                            /** @description The new subject or description, for those */
                            body?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        } | {
                            /** @enum {string} */
                            event: "authenticated" | "call" | "campaign_progress" | "chat_labels" | "dialog" | "disconnected" | "event_sink_disabled" | "group_join" | "group_leave" | "group_update" | "message" | "message_ack" | "message_edit" | "message_pending" | "message_reaction" | "message_revoke" | "pairing_code" | "poll_vote" | "qr" | "ready" | "session_limited" | "state_change" | "web_version" | "webhook_disabled";
                            /** @description The group */
                            chatId: string;
                            /** @description Who made the change, where not the people themselves */
                            author?: string;
                            /** @description The people it is about */
                            participants: string[];
                            /** @description WhatsApp's kind of change */
                            type: string;
                            /** @description The new subject or description, for those */
                            body?: string;
                            /** @description Unix seconds, as WhatsApp stamped it */
                            timestamp: number;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxDisconnectOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    reason?: ("LOGOUT" | "CONFLICT" | "TIMEOUT" | "NAVIGATION" | "BROWSER_CLOSED" | "TOS_BLOCK" | "PROXYBLOCK") | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox disconnected */
                        message: string;
                        data: {
                            /** @description `connected` or `disconnected` */
                            status: string;
                            ready: boolean;
                            /** @enum {string} */
                            state: "ACTION_REQUIRED" | "CONFLICT" | "CONNECTED" | "DEPRECATED_VERSION" | "OPENING" | "PAIRING" | "PROXYBLOCK" | "SMB_TOS_BLOCK" | "TIMEOUT" | "TOS_BLOCK" | "UNLAUNCHED" | "UNPAIRED" | "UNPAIRED_IDLE";
                            message: string;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxLimitOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox limited */
                        message: string;
                        data: {
                            /** @description WhatsApp's words, or the gateway's where WhatsApp gave none */
                            reason: string;
                            /** @description When WhatsApp said the limit ends; null when it did not say */
                            until: string | null;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxLiftLimitOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Sandbox limit lifted */
                        message: string;
                        data: {
                            lifted: boolean;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxWebVersionOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The new version, newer than the one the session runs, e.g. 2.3000.1031490220 */
                    version: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example WhatsApp Web rolled out */
                        message: string;
                        data: {
                            /** @description e.g. 2.3000.1031490220; null while a live page has not said yet */
                            version?: string;
                            /** @enum {string} */
                            source: "live" | "pinned" | "remembered";
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxDialogOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description What it says; an announcement ("What's new", "A fresh look") is acknowledged by the gateway, anything else waits for a person */
                    text: string;
                    /** @description Its button labels (default OK) */
                    buttons?: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Dialog shown */
                        message: string;
                        data: {
                            /** @description What it says */
                            text: string;
                            /** @description Its button labels */
                            buttons: string[];
                            /** @description The button the gateway pressed; null when the dialog waits for a person */
                            answered: string | null;
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxAckOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        /** @description At most 1 MB; larger is 413 */
        requestBody?: {
            content: {
                "application/json": {
                    id: string;
                    /** @enum {number} */
                    ack: -1 | 0 | 1 | 2 | 3 | 4;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @example Ack applied */
                        message: string;
                        data: {
                            id: string;
                            chatId: string;
                            to: string;
                            kind: string;
                            /** @description The text, or the caption of a media message */
                            body: string;
                            timestamp: number;
                            ack: number;
                            /** @enum {string} */
                            status: "delivered" | "failed" | "pending" | "played" | "read" | "sent";
                        };
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: The body is not JSON (its Content-Type says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxOutboxOnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            chatId: string;
                            to: string;
                            kind: string;
                            /** @description The text, or the caption of a media message */
                            body: string;
                            mimetype?: string;
                            filename?: string;
                            size?: number;
                            timestamp: number;
                            ack: number;
                            /** @enum {string} */
                            status: "delivered" | "failed" | "pending" | "played" | "read" | "sent";
                            /** @description The message it quotes, as a reply */
                            replyTo?: string;
                            /** @description The chat ids it mentions */
                            mentions: string[];
                            /** @description How its file is shown: `voice`, `sticker` or `document` */
                            as?: string;
                            /** @description A photo or video the recipient could open once */
                            viewOnce: boolean;
                            /** @description false when sent without a preview of its first link */
                            linkPreview: boolean;
                            /** @description The message it forwards */
                            forwardedFrom?: string;
                            /** @description The account's reaction to it */
                            reaction?: string;
                            edited: boolean;
                            /**
                             * Format: date-time
                             * @description Until when the account pinned it
                             */
                            pinnedUntil?: string;
                            /** @description `for-me` or `for-everyone` once deleted */
                            deleted?: string;
                        }[];
                    };
                };
            };
            /** @description BAD_USER_INPUT: The request is invalid; `error` says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: API key not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED: Rate limit exceeded; see the RateLimit-* and Retry-After headers; or ACCOUNT_LIMITED: WhatsApp refuses messages from this account to new contacts now; `Retry-After` when WhatsApp said when that ends */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description INTERNAL: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CLIENT_NOT_READY: WhatsApp client not ready; or SESSION_MOVING: The session is moving to another node of the cluster; retry after Retry-After; or DATABASE_UNAVAILABLE: The gateway's database cannot be reached now (restarting, unreachable, read-only, busy or full); retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
