// Generated from the OpenAPI document of /api/v1 by openapi-typescript: do not edit.
// Regenerate with `npm run api:client` (a test fails when this file is stale).
export interface paths {
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a refresh token for new tokens
         * @description The refresh token is rotated: use the new one next time. Presenting a used one revokes every token of that sign-in.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account (customer or business owner) */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revoke a refresh token and its family */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: email and password for an access token (15 minutes) and a refresh token */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bookings
         * @description A customer’s own bookings (access token), or a business’s (API key or a member’s token), oldest first; `updated_since` for syncing.
         */
        get: operations["listBookings"];
        put?: never;
        /**
         * Book
         * @description A guest (no credentials, with `contact`), a customer (access token) or a business (API key with the write scope, with `contact`). Instant listings answer a booking to pay (`next_step: pay`, held until `hold_expires_at`) or confirmed; request-to-book listings a request the business answers. Requires an Idempotency-Key.
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a booking */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a booking request */
        post: operations["approveBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking
         * @description Its customer within the listing’s cancellation policy; the business (a reason is required) or an operator at any time.
         */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer arrived or picked up */
        post: operations["checkInBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer returned or left */
        post: operations["checkOutBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying: a payment page URL
         * @description For a booking awaiting an online payment: a hosted payment page (Stripe Checkout, or the test checkout in test mode) for what is due now, valid until `expires_at`. Send the customer there. Requires an Idempotency-Key.
         */
        post: operations["checkoutBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a booking done */
        post: operations["completeBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a booking request down */
        post: operations["declineBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a bank transfer or cash payment arrived */
        post: operations["markBookingPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a booking to another time
         * @description Its customer (before the start, within the policy) or its business. The price stays; a move that would change it is refused. An appointment stays with the staff member booked (a time they are not free at is 409) unless `any_staff` is true.
         */
        post: operations["rescheduleBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review a completed booking
         * @description Its customer, once, after the booking is completed.
         */
        post: operations["reviewBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * My cart (created on first use)
         * @description Each signed-in customer has one cart: this answers it.
         */
        post: operations["createCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carts/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book everything in the cart: all or nothing
         * @description Every item is booked in one transaction (sharing a checkout group), or none is and the cart stays as it was. Requires an Idempotency-Key.
         */
        post: operations["checkoutCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carts/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put something in the cart (checked as booking checks it; nothing is held yet) */
        post: operations["addCartItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carts/{id}/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an item out of the cart */
        delete: operations["removeCartItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The business’s events, newest first
         * @description Every change written as an event (the same payloads webhooks carry), to catch up after downtime. Filter by `type` and by `created_gte` / `created_lt`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the catalog
         * @description The web search’s filters. With `from` (and `to`) only listings with something free on those local dates are returned.
         */
        get: operations["listListings"];
        put?: never;
        /** Create a listing (as a draft) */
        post: operations["createListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a listing */
        get: operations["getListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a listing (only the fields given) */
        patch: operations["updateListing"];
        trace?: never;
    };
    "/listings/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What can be booked between two dates
         * @description Local dates in the listing’s time zone, at most 62 days. Rentals: each unit with the times it is taken and why; sessions: each session with seats left or why it cannot be booked; appointments: the free slots, and for each day without any the reason (closed, time off, fully booked, too soon, past, beyond the booking window).
         */
        get: operations["getListingAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a listing (customers can find and book it) */
        post: operations["publishListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listing’s reviews, newest first */
        get: operations["listListingReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session listing’s sessions between two instants */
        get: operations["listSessions"];
        put?: never;
        /**
         * Add one session, or a weekly series
         * @description One session on `date`, or with `start_date`, `weekdays` (1 = Monday … 7 = Sunday) and `weeks` a series at the same local time (times skipped by a clock change, in the past or already taken are left out).
         */
        post: operations["createSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rental listing’s units */
        get: operations["listUnits"];
        put?: never;
        /** Add a unit to a rental listing */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpublish a listing (hidden; its bookings stay) */
        post: operations["unpublishListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am: my roles and businesses */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price a booking before making it
         * @description The same price and availability check the booking form shows. Writes nothing.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a session nobody has booked */
        delete: operations["cancelSession"];
        options?: never;
        head?: never;
        /**
         * Change a session’s capacity, or its time while nobody has booked
         * @description Only the fields given change. `date` and `time` are wall-clock values in the listing’s zone. The capacity cannot go below the seats taken; the time cannot change once a seat is booked.
         */
        patch: operations["updateSession"];
        trace?: never;
    };
    "/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A staff member: weekly hours and upcoming time off */
        get: operations["getStaffMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff member, or replace their weekly hours */
        patch: operations["updateStaffMember"];
        trace?: never;
    };
    "/staff/{id}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whole days off for a staff member */
        post: operations["addStaffTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}": {
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
         * Delete a unit that was never booked
         * @description A unit with bookings (past or future) cannot be deleted: deactivate it with `PATCH /units/{id}` instead, which keeps its history. The last active unit of a published listing cannot be deleted.
         */
        delete: operations["deleteUnit"];
        options?: never;
        head?: never;
        /**
         * Change a unit (code, name, active)
         * @description Deactivating keeps its bookings; it stops taking new ones. The last active unit of a published listing cannot be deactivated.
         */
        patch: operations["updateUnit"];
        trace?: never;
    };
    "/vendors/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A business’s storefront */
        get: operations["getVendor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business’s webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Answers with the signing secret, shown only here (and after a rotation).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint (and its delivery log) */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint, or disable and enable it
         * @description Enabling a disabled endpoint starts its failure count afresh; events it missed meanwhile are redelivered with POST /webhook-endpoints/{id}/redeliver.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint’s delivery log, newest first
         * @description Each delivery is one event to this endpoint, with every attempt: status, latency and the first 1 kB of the answer.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver one event, or everything that failed since a time
         * @description With `event_id`: that event again (same `webhook-id`). With `since`: every failed delivery since then, and the events the endpoint missed while disabled. Each gets a fresh set of attempts.
         */
        post: operations["redeliverWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description The new secret signs from now on. For 24 hours the old one signs too (a second signature in `webhook-signature`), so receivers can switch without missing a delivery.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event (webhook.test) to this endpoint
         * @description Sent at once, signed like any event, even while the endpoint is disabled; the outcome shows in its deliveries.
         */
        post: operations["sendWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "booking.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The business accepted a request. */
        post: operations["webhook_booking_approved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A booking was cancelled (by the customer, the business or an operator). */
        post: operations["webhook_booking_cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.checked_in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer arrived or picked up. */
        post: operations["webhook_booking_checked_in"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.checked_out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer returned or left (the booking is completed too). */
        post: operations["webhook_booking_checked_out"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A booking is done. */
        post: operations["webhook_booking_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A booking is confirmed (booked instantly, paid, or approved with nothing to pay). */
        post: operations["webhook_booking_confirmed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The business declined a request. */
        post: operations["webhook_booking_declined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An unanswered request or an unpaid hold expired. */
        post: operations["webhook_booking_expired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A customer asked to book (request-to-book); the business answers it. */
        post: operations["webhook_booking_requested"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.rescheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A booking moved to another time. */
        post: operations["webhook_booking_rescheduled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "listing.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A listing was edited, published or unpublished. */
        post: operations["webhook_listing_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Money went back to the customer. */
        post: operations["webhook_payment_refunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Money was received for a booking (online, or a verified transfer). */
        post: operations["webhook_payment_succeeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A customer reviewed a completed booking. */
        post: operations["webhook_review_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A test event, sent on request to one endpoint. */
        post: operations["webhook_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Availability: {
            /**
             * Format: date-time
             * @description Nothing starting earlier can be booked (lead time).
             * @example 2031-01-06T09:00:00Z
             */
            bookable_from: string;
            /**
             * Format: date-time
             * @description Nothing starting later can be booked (booking window).
             * @example 2031-01-06T09:00:00Z
             */
            bookable_until: string;
            /** @description Appointments: each local date asked for, with its number of free slots and, when it has none, why. */
            days?: {
                /**
                 * @description A calendar date in the listing’s time zone.
                 * @example 2031-01-06
                 */
                date: string;
                free_slots: number;
                /**
                 * @description Why the day has no free slot (null when it has some): `closed` nobody works that day, `time_off` everyone working is off, `fully_booked` the working time is taken, `lead_time` too soon to book, `past`, `beyond_booking_window`, `no_staff` the service has no active staff.
                 * @enum {string|null}
                 */
                reason: "past" | "beyond_booking_window" | "no_staff" | "closed" | "lead_time" | "time_off" | "fully_booked" | null;
            }[];
            /**
             * @description A calendar date in the listing’s time zone.
             * @example 2031-01-06
             */
            from: string;
            kind: components["schemas"]["ListingKind"];
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            listing_id: string;
            sessions?: {
                bookable: boolean;
                /**
                 * Format: date-time
                 * @description RFC 3339 instant (answers are in UTC, with Z).
                 * @example 2031-01-06T09:00:00Z
                 */
                end_at: string;
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                /**
                 * @description Why it cannot be booked (null when it can).
                 * @enum {string|null}
                 */
                reason: "booked" | "held" | "unit_inactive" | "sold_out" | "cancelled" | "lead_time" | "started" | null;
                seats_left: number;
                /**
                 * Format: date-time
                 * @description RFC 3339 instant (answers are in UTC, with Z).
                 * @example 2031-01-06T09:00:00Z
                 */
                start_at: string;
            }[];
            /** @description Appointments: the free slots (any time not listed is taken, outside working hours, or too soon). */
            slots?: {
                /**
                 * Format: date-time
                 * @description RFC 3339 instant (answers are in UTC, with Z).
                 * @example 2031-01-06T09:00:00Z
                 */
                end_at: string;
                staff_ids: string[];
                /**
                 * Format: date-time
                 * @description RFC 3339 instant (answers are in UTC, with Z).
                 * @example 2031-01-06T09:00:00Z
                 */
                start_at: string;
            }[];
            /**
             * @description IANA time zone of the listing.
             * @example Europe/London
             */
            time_zone: string;
            /**
             * @description A calendar date in the listing’s time zone.
             * @example 2031-01-06
             */
            to: string;
            /** @description Rentals: each unit and the times it cannot be booked, with the reason. */
            units?: {
                active: boolean;
                code: string;
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                unavailable: {
                    /**
                     * Format: date-time
                     * @description RFC 3339 instant (answers are in UTC, with Z).
                     * @example 2031-01-06T09:00:00Z
                     */
                    end_at: string;
                    /** @enum {string} */
                    reason: "booked" | "held" | "unit_inactive" | "sold_out" | "cancelled" | "lead_time" | "started";
                    /**
                     * Format: date-time
                     * @description RFC 3339 instant (answers are in UTC, with Z).
                     * @example 2031-01-06T09:00:00Z
                     */
                    start_at: string;
                }[];
            }[];
        };
        Booking: {
            cancel_reason: string | null;
            contact: {
                email: string;
                name: string;
                phone: string | null;
            };
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            end_at: string;
            /**
             * Format: date-time
             * @description A requested or unpaid booking holds its time until then.
             * @example 2031-01-06T09:00:00Z
             */
            hold_expires_at: string | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            listing: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                kind: components["schemas"]["ListingKind"];
                slug: string;
                title: string;
            };
            /**
             * @description What the customer does next.
             * @enum {string}
             */
            next_step: "pay" | "await_approval" | "none";
            notes: string | null;
            paid: components["schemas"]["Money"];
            price: components["schemas"]["Quote"];
            quantity: number;
            /** @example BK-7F3K2Q */
            reference: string;
            refunded: components["schemas"]["Money"];
            source: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            start_at: string;
            status: components["schemas"]["BookingStatus"];
            /**
             * @description IANA time zone of the listing.
             * @example Europe/London
             */
            time_zone: string;
            total: components["schemas"]["Money"];
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            updated_at: string;
            vendor: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                name: string;
                slug: string;
            };
        };
        /** @description The `booking.approved` event. */
        BookingApprovedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.approved";
        };
        /** @description The `booking.cancelled` event. */
        BookingCancelledEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.cancelled";
        };
        /** @description The `booking.checked_in` event. */
        BookingCheckedInEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.checked_in";
        };
        /** @description The `booking.checked_out` event. */
        BookingCheckedOutEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.checked_out";
        };
        /** @description The `booking.completed` event. */
        BookingCompletedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.completed";
        };
        /** @description The `booking.confirmed` event. */
        BookingConfirmedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.confirmed";
        };
        /** @description The `booking.declined` event. */
        BookingDeclinedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.declined";
        };
        /** @description The `booking.expired` event. */
        BookingExpiredEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.expired";
        };
        BookingPage: {
            data: components["schemas"]["Booking"][];
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        BookingRequest: {
            /** @description Required for guests and API keys; a customer’s profile is used when omitted. */
            contact?: {
                email: string;
                name: string;
                phone: string;
            };
            /**
             * Format: date-time
             * @description Rentals: return.
             * @example 2031-01-06T09:00:00Z
             */
            end_at?: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            listing_id: string;
            notes?: string;
            /** @description A promo code of the listing’s business (case-insensitive); an unknown, expired or used-up code answers validation_failed. */
            promo_code?: string;
            /** @default 1 */
            quantity?: number;
            /**
             * Format: uuid
             * @description Sessions: which session.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            session_id?: string;
            /**
             * Format: uuid
             * @description Appointments: a staff member, or omit for anyone free.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            staff_id?: string;
            /**
             * Format: date-time
             * @description Rentals: pickup; appointments: the slot start.
             * @example 2031-01-06T09:00:00Z
             */
            start_at?: string;
        };
        /** @description The `booking.requested` event. */
        BookingRequestedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.requested";
        };
        /** @description The `booking.rescheduled` event. */
        BookingRescheduledEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Booking"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "booking.rescheduled";
        };
        /** @enum {string} */
        BookingStatus: "requested" | "awaiting_payment" | "confirmed" | "checked_in" | "completed" | "cancelled" | "declined" | "expired";
        BusinessListing: {
            address: string | null;
            attributes: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            booking_mode: "instant" | "request";
            category: {
                name: string;
                slug: string;
            };
            city: string | null;
            description: string;
            duration_minutes: number | null;
            free_cancellation_hours: number | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            images: {
                alt: string | null;
                url: string;
            }[];
            kind: components["schemas"]["ListingKind"];
            latitude: number | null;
            lead_time_minutes: number;
            longitude: number | null;
            max_advance_days: number;
            max_duration_minutes: number | null;
            max_quantity_per_booking: number;
            min_duration_minutes: number | null;
            payment_mode: string;
            price: components["schemas"]["Money"];
            pricing_unit: string;
            rating: {
                average: number;
                count: number;
            };
            slug: string;
            staff: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            status: "draft" | "published" | "unpublished" | "archived";
            summary: string | null;
            /**
             * @description IANA time zone of the listing.
             * @example Europe/London
             */
            time_zone: string;
            title: string;
            vendor: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                name: string;
                slug: string;
            };
        };
        Cart: {
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            items: components["schemas"]["CartItem"][];
            problems: number;
            totals: {
                currency: string;
                due_now: number;
                total: number;
            }[];
        };
        CartCheckout: {
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            checkout_group_id: string;
            data: components["schemas"]["Booking"][];
        };
        CartItem: {
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            end_at: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            label: string;
            listing: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                kind: string;
                slug: string;
                title: string;
                vendor_slug: string;
            };
            notes: string | null;
            /** @description Why it cannot be booked now (null when it can). */
            problem: string | null;
            quantity: number;
            quote: components["schemas"]["Quote"] & (Record<string, never> | null);
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            start_at: string;
            time_zone: string;
        };
        CartItemRequest: {
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            end_at?: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            listing_id: string;
            notes?: string;
            /** @default 1 */
            quantity?: number;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            session_id?: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            staff_id?: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            start_at?: string;
        };
        CheckoutSession: {
            amount: {
                amount: number;
                currency: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            expires_at: string;
            session_id: string;
            /** Format: uri */
            url: string;
        };
        DeletedUnit: {
            /** @enum {boolean} */
            deleted: true;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
        };
        DeletedWebhookEndpoint: {
            /** @enum {boolean} */
            deleted: true;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
        };
        Event: components["schemas"]["BookingRequestedEvent"] | components["schemas"]["BookingApprovedEvent"] | components["schemas"]["BookingDeclinedEvent"] | components["schemas"]["BookingConfirmedEvent"] | components["schemas"]["BookingRescheduledEvent"] | components["schemas"]["BookingCancelledEvent"] | components["schemas"]["BookingExpiredEvent"] | components["schemas"]["BookingCheckedInEvent"] | components["schemas"]["BookingCheckedOutEvent"] | components["schemas"]["BookingCompletedEvent"] | components["schemas"]["PaymentSucceededEvent"] | components["schemas"]["PaymentRefundedEvent"] | components["schemas"]["ReviewCreatedEvent"] | components["schemas"]["ListingUpdatedEvent"];
        EventPage: {
            data: components["schemas"]["Event"][];
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        Listing: {
            address: string | null;
            attributes: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            booking_mode: "instant" | "request";
            category: {
                name: string;
                slug: string;
            };
            city: string | null;
            description: string;
            duration_minutes: number | null;
            free_cancellation_hours: number | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            images: {
                alt: string | null;
                url: string;
            }[];
            kind: components["schemas"]["ListingKind"];
            latitude: number | null;
            lead_time_minutes: number;
            longitude: number | null;
            max_advance_days: number;
            max_duration_minutes: number | null;
            max_quantity_per_booking: number;
            min_duration_minutes: number | null;
            payment_mode: string;
            price: components["schemas"]["Money"];
            pricing_unit: string;
            rating: {
                average: number;
                count: number;
            };
            slug: string;
            staff: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                name: string;
            }[];
            summary: string | null;
            /**
             * @description IANA time zone of the listing.
             * @example Europe/London
             */
            time_zone: string;
            title: string;
            vendor: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                name: string;
                slug: string;
            };
        };
        ListingCard: {
            /** @description With from/to dates: how many units are free. */
            available_units: number | null;
            /** @enum {string} */
            booking_mode: "instant" | "request";
            city: string | null;
            distance_km: number | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            image_url: string | null;
            kind: components["schemas"]["ListingKind"];
            price: components["schemas"]["Money"];
            /** @example DAY */
            pricing_unit: string;
            rating: {
                average: number;
                count: number;
            };
            slug: string;
            summary: string | null;
            title: string;
            vendor: {
                name: string;
                slug: string;
            };
        };
        ListingCreate: {
            address?: string;
            /** @enum {string} */
            booking_mode: "instant" | "request";
            /**
             * @description Category slug.
             * @example boats
             */
            category: string;
            city?: string;
            description?: string;
            /** @description Appointments: the service’s length. */
            duration_minutes?: number;
            free_cancellation_hours?: number;
            /** @enum {string} */
            kind: "rental" | "session" | "appointment";
            lead_time_minutes?: number;
            max_advance_days?: number;
            max_quantity_per_booking?: number;
            /** @enum {string} */
            payment_mode: "NONE" | "ONLINE_FULL" | "ONLINE_DEPOSIT" | "MANUAL";
            /** @description Minor units of the business’s currency. */
            price_amount: number;
            /** @enum {string} */
            pricing_unit: "HOUR" | "DAY" | "NIGHT" | "WEEK" | "MONTH" | "SEAT" | "FIXED";
            slug?: string;
            summary?: string;
            /** @description IANA zone; omit for the business’s. */
            time_zone?: string;
            title: string;
        };
        /** @enum {string} */
        ListingKind: "rental" | "session" | "appointment";
        ListingPage: {
            data: components["schemas"]["ListingCard"][];
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        ListingPatch: {
            address?: string;
            /** @enum {string} */
            booking_mode?: "instant" | "request";
            /**
             * @description Category slug.
             * @example boats
             */
            category?: string;
            city?: string;
            description?: string;
            /** @description Appointments: the service’s length. */
            duration_minutes?: number;
            free_cancellation_hours?: number;
            lead_time_minutes?: number;
            max_advance_days?: number;
            max_quantity_per_booking?: number;
            /** @enum {string} */
            payment_mode?: "NONE" | "ONLINE_FULL" | "ONLINE_DEPOSIT" | "MANUAL";
            /** @description Minor units of the business’s currency. */
            price_amount?: number;
            /** @enum {string} */
            pricing_unit?: "HOUR" | "DAY" | "NIGHT" | "WEEK" | "MONTH" | "SEAT" | "FIXED";
            slug?: string;
            summary?: string;
            /** @description IANA zone; omit for the business’s. */
            time_zone?: string;
            title?: string;
        };
        ListingReview: {
            author_name: string | null;
            comment: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            rating: number;
        };
        ListingReviewPage: {
            data: components["schemas"]["ListingReview"][];
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        ListingState: {
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /** Format: date-time */
            published_at: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "unpublished" | "archived";
        };
        /** @description The `listing.updated` event. */
        ListingUpdatedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["BusinessListing"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "listing.updated";
        };
        Me: {
            businesses: {
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                name: string;
                /** @enum {string} */
                role: "owner" | "staff";
                slug: string;
                status: string;
            }[];
            email: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            name: string;
            phone: string | null;
            roles: ("customer" | "operator" | "business_owner" | "business_staff")[];
        };
        Money: {
            /**
             * @description Integer minor units (cents).
             * @example 2000
             */
            amount: number;
            /** @example GBP */
            currency: string;
        };
        /** @description Money received for a booking (a charge) or given back (a refund). */
        Payment: {
            amount: components["schemas"]["Money"];
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            booking_id: string;
            /** @example BK-7F3K2Q */
            booking_reference: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /** @enum {string} */
            kind: "charge" | "refund";
            /**
             * @description `test`: the built-in test checkout (no real money); `manual`: a transfer or cash verified by a person.
             * @enum {string}
             */
            provider: "stripe" | "test" | "manual";
            reason: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
        };
        PaymentNote: {
            note?: string;
        };
        /** @description The `payment.refunded` event. */
        PaymentRefundedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payment.refunded";
        };
        /** @description The `payment.succeeded` event. */
        PaymentSucceededEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payment.succeeded";
        };
        /** @description RFC 9457 problem details with a stable machine `code`. */
        Problem: {
            /** @enum {string} */
            code: "malformed_request" | "unknown_api_version" | "idempotency_key_required" | "unauthenticated" | "invalid_credentials" | "forbidden" | "insufficient_scope" | "account_disabled" | "not_found" | "slot_unavailable" | "invalid_transition" | "conflict" | "idempotency_request_in_progress" | "payload_too_large" | "validation_failed" | "policy_violation" | "idempotency_key_reused" | "rate_limited" | "internal_error";
            detail: string;
            errors?: {
                detail: string;
                param: string;
            }[];
            known_versions?: string[];
            param?: string;
            status: number;
            title: string;
            /** @example /docs/api#error-slot_unavailable */
            type: string;
        };
        /** @description A price snapshot: amounts in minor units of `currency`; line items add up to `total`. */
        Quote: {
            balance_due: number;
            currency: string;
            deposit_due: number;
            discount_total: number;
            fees_total: number;
            line_items: {
                amount: number;
                code: string;
                label: string;
                quantity: number;
                unit_amount: number;
            }[];
            /** @description The promo code applied, if any. */
            promo_code: string | null;
            subtotal: number;
            tax_total: number;
            /**
             * @description IANA time zone of the listing.
             * @example Europe/London
             */
            time_zone: string;
            total: number;
        };
        QuoteAnswer: {
            /** @description Units free for the range, or seats left in the session. */
            available: number | null;
            bookable: boolean;
            /** @description Why it cannot be booked as asked (null when it can). */
            problem: string | null;
            quote: components["schemas"]["Quote"];
        };
        QuoteRequest: {
            /**
             * Format: date-time
             * @description Rentals: return.
             * @example 2031-01-06T09:00:00Z
             */
            end_at?: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            listing_id: string;
            /** @description A promo code of the listing’s business (case-insensitive); an unknown, expired or used-up code answers validation_failed. */
            promo_code?: string;
            /** @default 1 */
            quantity?: number;
            /**
             * Format: uuid
             * @description Sessions: which session.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            session_id?: string;
            /**
             * Format: date-time
             * @description Rentals: pickup; appointments: the slot start.
             * @example 2031-01-06T09:00:00Z
             */
            start_at?: string;
        };
        Reason: {
            reason?: string;
        };
        ReasonRequired: {
            reason: string;
        };
        RefreshRequest: {
            refresh_token: string;
        };
        RegisterRequest: {
            /** @enum {string} */
            account_type: "customer" | "business";
            /** @description Businesses only. */
            business_name?: string;
            /** @description Businesses only: ISO 4217 code. */
            currency?: string;
            email: string;
            name: string;
            password: string;
            phone?: string;
            /** @description Businesses only: the storefront address. */
            slug?: string;
            /** @description Businesses only: IANA zone. */
            time_zone?: string;
        };
        RescheduleRequest: {
            /** @description Appointments: accept any staff member free at the new time (the one booked still first). */
            any_staff?: boolean;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            end_at?: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            session_id?: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            start_at?: string;
        };
        Review: {
            author_name: string | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            booking_id: string;
            comment: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            listing_id: string;
            rating: number;
        };
        /** @description The `review.created` event. */
        ReviewCreatedEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: components["schemas"]["Review"];
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "review.created";
        };
        ReviewRequest: {
            comment?: string;
            rating: number;
        };
        Revoked: {
            /** @enum {boolean} */
            revoked: true;
        };
        Session: {
            capacity: number;
            /** Format: date-time */
            end_at: string;
            /**
             * Format: uuid
             * @description The staff member who runs it; its time (with the listing’s buffers) is taken from their 1:1 slots.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            host_staff_id: string | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            listing_id: string;
            seats_taken: number;
            /** Format: date-time */
            start_at: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
        };
        SessionList: {
            data: components["schemas"]["Session"][];
        };
        SessionPatch: {
            capacity?: number;
            date?: string;
            duration_minutes?: number;
            /**
             * Format: uuid
             * @description The host staff member; null for none.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            host_staff_id?: string | null;
            /**
             * @description Local wall-clock time in the listing’s zone.
             * @example 18:30
             */
            time?: string;
        };
        SessionsCreated: {
            created: number;
            /** @description The session, for a one-off. */
            session: {
                capacity: number;
                /** Format: date-time */
                end_at: string;
                /**
                 * Format: uuid
                 * @description The staff member who runs it; its time (with the listing’s buffers) is taken from their 1:1 slots.
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                host_staff_id: string | null;
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                id: string;
                /**
                 * Format: uuid
                 * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                 */
                listing_id: string;
                seats_taken: number;
                /** Format: date-time */
                start_at: string;
                /** @enum {string} */
                status: "scheduled" | "cancelled";
            } | null;
            skipped: number;
        };
        SessionsRequest: {
            capacity: number;
            date: string;
            duration_minutes: number;
            /**
             * Format: uuid
             * @description A staff member of the business who runs the session: refused (409) over their appointments, time off or other sessions.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            host_staff_id?: string;
            /**
             * @description Local wall-clock time in the listing’s zone.
             * @example 18:30
             */
            time: string;
        } | {
            capacity: number;
            duration_minutes: number;
            /**
             * Format: uuid
             * @description A staff member of the business who runs the session: refused (409) over their appointments, time off or other sessions.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            host_staff_id?: string;
            start_date: string;
            /**
             * @description Local wall-clock time in the listing’s zone.
             * @example 18:30
             */
            time: string;
            weekdays: number[];
            weeks: number;
        };
        StaffMember: {
            active: boolean;
            bio: string;
            email: string | null;
            hours: {
                end: string;
                start: string;
                /** @description 1 = Monday … 7 = Sunday */
                weekday: number;
            }[];
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            name: string;
            time_off: components["schemas"]["TimeOff"][];
            time_zone: string;
        };
        StaffPatch: {
            active?: boolean;
            bio?: string;
            email?: string | null;
            hours?: {
                end: string;
                start: string;
                /** @description 1 = Monday … 7 = Sunday */
                weekday: number;
            }[];
            name?: string;
        };
        TimeOff: {
            /** Format: date-time */
            end_at: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            reason: string | null;
            /** Format: date-time */
            start_at: string;
        };
        TimeOffRequest: {
            /**
             * @description A calendar date in the listing’s time zone.
             * @example 2031-01-06
             */
            end_date: string;
            reason?: string;
            /**
             * @description A calendar date in the listing’s time zone.
             * @example 2031-01-06
             */
            start_date: string;
        };
        TokenPair: {
            access_token: string;
            /** @example 900 */
            expires_in: number;
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
        };
        TokenRequest: {
            email: string;
            password: string;
        };
        Unit: {
            active: boolean;
            code: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            listing_id: string;
            name: string | null;
        };
        UnitList: {
            data: components["schemas"]["Unit"][];
        };
        UnitPatch: {
            active?: boolean;
            code?: string;
            name?: string;
        };
        UnitRequest: {
            /** @default true */
            active?: boolean;
            code: string;
            name?: string;
        };
        Vendor: {
            city: string | null;
            country: string | null;
            description: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            listings: components["schemas"]["ListingCard"][];
            logo_url: string | null;
            name: string;
            rating: {
                average: number;
                count: number;
            };
            slug: string;
            /**
             * @description IANA time zone of the listing.
             * @example Europe/London
             */
            time_zone: string;
        };
        WebhookAttempt: {
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            at: string;
            attempt: number;
            error: string | null;
            latency_ms: number;
            /** @description The first 1 kB of the answer. */
            response_excerpt: string;
            response_status: number | null;
            succeeded: boolean;
        };
        WebhookDelivery: {
            attempt_log: components["schemas"]["WebhookAttempt"][];
            attempts: number;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            delivered_at: string | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            event_id: string;
            event_type: string;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            last_error: string | null;
            /**
             * Format: date-time
             * @description While pending: when it is tried (again).
             * @example 2031-01-06T09:00:00Z
             */
            next_attempt_at: string | null;
            response_status: number | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        WebhookEndpoint: {
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            description: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            disabled_at: string | null;
            /** @description Why it is disabled: by the business, or after 5 days of failed deliveries. */
            disabled_reason: string | null;
            enabled: boolean;
            events: ("booking.requested" | "booking.approved" | "booking.declined" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.expired" | "booking.checked_in" | "booking.checked_out" | "booking.completed" | "payment.succeeded" | "payment.refunded" | "review.created" | "listing.updated")[];
            /**
             * Format: date-time
             * @description Every delivery has failed since then (null when the last one succeeded).
             * @example 2031-01-06T09:00:00Z
             */
            failing_since: string | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * Format: date-time
             * @description After a rotation: the old secret also signs until then.
             * @example 2031-01-06T09:00:00Z
             */
            previous_secret_expires_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            updated_at: string;
            /** @example https://example.com/bookwell/webhooks */
            url: string;
        };
        WebhookEndpointPage: {
            data: components["schemas"]["WebhookEndpoint"][];
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        WebhookEndpointPatch: {
            description?: string;
            enabled?: boolean;
            /** @description The event types it receives (at least one). */
            events?: ("booking.requested" | "booking.approved" | "booking.declined" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.expired" | "booking.checked_in" | "booking.checked_out" | "booking.completed" | "payment.succeeded" | "payment.refunded" | "review.created" | "listing.updated")[];
            /**
             * @description An https URL on a public address (checked again at every send).
             * @example https://example.com/bookwell/webhooks
             */
            url?: string;
        };
        WebhookEndpointRequest: {
            description?: string;
            /** @description The event types it receives (at least one). */
            events: ("booking.requested" | "booking.approved" | "booking.declined" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.expired" | "booking.checked_in" | "booking.checked_out" | "booking.completed" | "payment.succeeded" | "payment.refunded" | "review.created" | "listing.updated")[];
            /**
             * @description An https URL on a public address (checked again at every send).
             * @example https://example.com/bookwell/webhooks
             */
            url: string;
        };
        WebhookEndpointWithSecret: {
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            description: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            disabled_at: string | null;
            /** @description Why it is disabled: by the business, or after 5 days of failed deliveries. */
            disabled_reason: string | null;
            enabled: boolean;
            events: ("booking.requested" | "booking.approved" | "booking.declined" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.expired" | "booking.checked_in" | "booking.checked_out" | "booking.completed" | "payment.succeeded" | "payment.refunded" | "review.created" | "listing.updated")[];
            /**
             * Format: date-time
             * @description Every delivery has failed since then (null when the last one succeeded).
             * @example 2031-01-06T09:00:00Z
             */
            failing_since: string | null;
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /**
             * Format: date-time
             * @description After a rotation: the old secret also signs until then.
             * @example 2031-01-06T09:00:00Z
             */
            previous_secret_expires_at: string | null;
            /**
             * @description The signing secret (`whsec_…`): shown only now. Verify each delivery with it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            updated_at: string;
            /** @example https://example.com/bookwell/webhooks */
            url: string;
        };
        WebhookRedeliverRequest: {
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            event_id: string;
        } | {
            /**
             * Format: date-time
             * @description RFC 3339 instant (answers are in UTC, with Z).
             * @example 2031-01-06T09:00:00Z
             */
            since: string;
        };
        WebhookRedelivery: {
            queued: number;
        };
        /** @description Sent by “send test event” to one endpoint only. */
        WebhookTestEvent: {
            /** @enum {string} */
            api_version: "2026-12-03";
            /**
             * Format: date-time
             * @description When it happened. Deliveries may arrive out of order: order by this.
             * @example 2031-01-06T09:00:00Z
             */
            created_at: string;
            data: {
                object: {
                    /**
                     * Format: uuid
                     * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
                     */
                    endpoint_id: string;
                    message: string;
                };
            };
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            id: string;
            /** @enum {string} */
            type: "webhook.test";
        };
        WebhookTestQueued: {
            /**
             * Format: uuid
             * @example 0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60
             */
            event_id: string;
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
    refreshToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "bkr_9f3kQ…"
                 *     }
                 */
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New tokens. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token_type": "Bearer",
                     *       "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.signature",
                     *       "expires_in": 900,
                     *       "refresh_token": "bkr_9f3kQ…"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "account_type": "customer",
                 *       "name": "Sam",
                 *       "email": "sam@example.com",
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description The new account; get tokens with POST /auth/token. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a80",
                     *       "email": "sam@example.com",
                     *       "name": "Sam Owner",
                     *       "phone": null,
                     *       "roles": [
                     *         "customer",
                     *         "business_owner"
                     *       ],
                     *       "businesses": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *           "slug": "harbour-kayaks",
                     *           "name": "Harbour Kayaks",
                     *           "role": "owner",
                     *           "status": "ACTIVE"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `conflict`: Conflict with an existing resource; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "bkr_9f3kQ…"
                 *     }
                 */
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Revoked (also when the token was unknown). */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revoked": true
                     *     }
                     */
                    "application/json": components["schemas"]["Revoked"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sam@example.com",
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The tokens. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token_type": "Bearer",
                     *       "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.signature",
                     *       "expires_in": 900,
                     *       "refresh_token": "bkr_9f3kQ…"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBookings: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Bookings ending after this instant. */
                from?: string;
                /** @description 1–100, default 20. */
                limit?: number;
                listing_id?: string;
                status?: components["schemas"]["BookingStatus"];
                /** @description Bookings starting before this instant. */
                to?: string;
                /** @description RFC 3339 instant (answers are in UTC, with Z). */
                updated_since?: string;
            };
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bookings. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *           "reference": "BK-7F3K2Q",
                     *           "status": "awaiting_payment",
                     *           "listing": {
                     *             "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *             "slug": "sea-kayak",
                     *             "title": "Sea kayak",
                     *             "kind": "rental"
                     *           },
                     *           "vendor": {
                     *             "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *             "slug": "harbour-kayaks",
                     *             "name": "Harbour Kayaks"
                     *           },
                     *           "start_at": "2031-01-06T10:00:00.000Z",
                     *           "end_at": "2031-01-06T14:00:00.000Z",
                     *           "time_zone": "Europe/London",
                     *           "quantity": 1,
                     *           "contact": {
                     *             "name": "Gia Guest",
                     *             "email": "gia@example.com",
                     *             "phone": "+44 7700 900000"
                     *           },
                     *           "notes": null,
                     *           "price": {
                     *             "currency": "GBP",
                     *             "line_items": [
                     *               {
                     *                 "code": "base",
                     *                 "label": "4 hours × £20.00",
                     *                 "quantity": 4,
                     *                 "unit_amount": 2000,
                     *                 "amount": 8000
                     *               }
                     *             ],
                     *             "subtotal": 8000,
                     *             "fees_total": 0,
                     *             "discount_total": 0,
                     *             "tax_total": 0,
                     *             "total": 8000,
                     *             "deposit_due": 8000,
                     *             "balance_due": 0,
                     *             "time_zone": "Europe/London",
                     *             "promo_code": null
                     *           },
                     *           "total": {
                     *             "amount": 8000,
                     *             "currency": "GBP"
                     *           },
                     *           "paid": {
                     *             "amount": 0,
                     *             "currency": "GBP"
                     *           },
                     *           "refunded": {
                     *             "amount": 0,
                     *             "currency": "GBP"
                     *           },
                     *           "hold_expires_at": "2031-01-06T08:30:00.000Z",
                     *           "next_step": "pay",
                     *           "cancel_reason": null,
                     *           "source": "API",
                     *           "created_at": "2031-01-06T08:00:00.000Z",
                     *           "updated_at": "2031-01-06T08:00:00.000Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BookingPage"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Required: a fresh UUID per attempt; a retry with the same key replays the first answer. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                 *       "start_at": "2031-01-06T10:00:00Z",
                 *       "end_at": "2031-01-06T14:00:00Z",
                 *       "quantity": 1,
                 *       "contact": {
                 *         "name": "Gia Guest",
                 *         "email": "gia@example.com",
                 *         "phone": "+44 7700 900000"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BookingRequest"];
            };
        };
        responses: {
            /** @description The booking, holding its time. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "awaiting_payment",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": "2031-01-06T08:30:00.000Z",
                     *       "next_step": "pay",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `idempotency_key_required`: An Idempotency-Key header is required; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation; `forbidden`: Not allowed */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `slot_unavailable`: The time is no longer available; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "awaiting_payment",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": "2031-01-06T08:30:00.000Z",
                     *       "next_step": "pay",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking, now awaiting payment or confirmed. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "confirmed",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation; `forbidden`: Not allowed */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Plans changed"
                 *     }
                 */
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description The cancelled booking. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "cancelled",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": "Plans changed",
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkInBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking after the step. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "checked_in",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkOutBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking after the step. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "completed",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkoutBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Required: a fresh UUID per attempt; a retry with the same key replays the first answer. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment page. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://checkout.stripe.com/c/pay/cs_test_a1b2",
                     *       "session_id": "cs_test_a1b2",
                     *       "amount": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "expires_at": "2031-01-06T08:31:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CheckoutSession"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `idempotency_key_required`: An Idempotency-Key header is required; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking after the step. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "completed",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Closed for maintenance that week"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonRequired"];
            };
        };
        responses: {
            /** @description The declined booking. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "declined",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation; `forbidden`: Not allowed */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markBookingPaid: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Bank transfer received 3 Jan"
                 *     }
                 */
                "application/json": components["schemas"]["PaymentNote"];
            };
        };
        responses: {
            /** @description The booking after the step. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "confirmed",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-06T10:00:00.000Z",
                     *       "end_at": "2031-01-06T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rescheduleBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start_at": "2031-01-07T10:00:00Z",
                 *       "end_at": "2031-01-07T14:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["RescheduleRequest"];
            };
        };
        responses: {
            /** @description The booking at its new time. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "reference": "BK-7F3K2Q",
                     *       "status": "confirmed",
                     *       "listing": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "slug": "sea-kayak",
                     *         "title": "Sea kayak",
                     *         "kind": "rental"
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "start_at": "2031-01-07T10:00:00.000Z",
                     *       "end_at": "2031-01-07T14:00:00.000Z",
                     *       "time_zone": "Europe/London",
                     *       "quantity": 1,
                     *       "contact": {
                     *         "name": "Gia Guest",
                     *         "email": "gia@example.com",
                     *         "phone": "+44 7700 900000"
                     *       },
                     *       "notes": null,
                     *       "price": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "total": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "paid": {
                     *         "amount": 8000,
                     *         "currency": "GBP"
                     *       },
                     *       "refunded": {
                     *         "amount": 0,
                     *         "currency": "GBP"
                     *       },
                     *       "hold_expires_at": null,
                     *       "next_step": "none",
                     *       "cancel_reason": null,
                     *       "source": "API",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `insufficient_scope`: The API key lacks the scope for this operation; `forbidden`: Not allowed */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `slot_unavailable`: The time is no longer available; `invalid_transition`: The booking is not in a state that allows this; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": 5,
                 *       "comment": "Great kayak, friendly staff."
                 *     }
                 */
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description The review. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a90",
                     *       "booking_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "rating": 5,
                     *       "comment": "Great kayak, friendly staff.",
                     *       "author_name": "Cora",
                     *       "created_at": "2031-01-08T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `conflict`: Conflict with an existing resource; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cart. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a66",
                     *       "items": [],
                     *       "totals": [],
                     *       "problems": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkoutCart: {
        parameters: {
            query?: never;
            header: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Required: a fresh UUID per attempt; a retry with the same key replays the first answer. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bookings made. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "checkout_group_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a67",
                     *       "data": []
                     *     }
                     */
                    "application/json": components["schemas"]["CartCheckout"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `idempotency_key_required`: An Idempotency-Key header is required; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `slot_unavailable`: The time is no longer available; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCartItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                 *       "start_at": "2031-01-06T10:00:00Z",
                 *       "end_at": "2031-01-06T14:00:00Z",
                 *       "quantity": 1
                 *     }
                 */
                "application/json": components["schemas"]["CartItemRequest"];
            };
        };
        responses: {
            /** @description The cart with the item. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a66",
                     *       "items": [],
                     *       "totals": [],
                     *       "problems": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `slot_unavailable`: The time is no longer available; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCartItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cart without the item. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a66",
                     *       "items": [],
                     *       "totals": [],
                     *       "problems": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description RFC 3339 instant (answers are in UTC, with Z). */
                created_gte?: string;
                /** @description RFC 3339 instant (answers are in UTC, with Z). */
                created_lt?: string;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
                /** @description 1–100, default 20. */
                limit?: number;
                type?: "booking.requested" | "booking.approved" | "booking.declined" | "booking.confirmed" | "booking.rescheduled" | "booking.cancelled" | "booking.expired" | "booking.checked_in" | "booking.checked_out" | "booking.completed" | "payment.succeeded" | "payment.refunded" | "review.created" | "listing.updated";
            };
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b02",
                     *           "type": "review.created",
                     *           "created_at": "2031-01-08T09:00:00.000Z",
                     *           "api_version": "2026-12-03",
                     *           "data": {
                     *             "object": {
                     *               "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a90",
                     *               "booking_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70",
                     *               "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *               "rating": 5,
                     *               "comment": "Great kayak.",
                     *               "author_name": "Cora",
                     *               "created_at": "2031-01-08T09:00:00.000Z"
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listListings: {
        parameters: {
            query?: {
                category?: string;
                city?: string;
                /** @description The currency a price filter compares in (default EUR): listings in other currencies are left out, nothing is converted. */
                currency?: string;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
                /** @description A calendar date in the listing’s time zone. */
                from?: string;
                instant?: "true" | "false";
                kind?: "rental" | "session" | "appointment";
                lat?: number | null;
                /** @description 1–100, default 20. */
                limit?: number;
                lng?: number | null;
                max_price?: number | null;
                /** @description In major units of the listing’s currency. */
                min_price?: number | null;
                /** @description Compare prices per this unit only. */
                per?: "hour" | "day" | "night" | "week" | "month" | "seat" | "fixed";
                q?: string;
                radius_km?: number;
                sort?: "relevance" | "price_asc" | "price_desc" | "rating" | "distance" | "newest";
                /** @description A calendar date in the listing’s time zone. */
                to?: string;
            };
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of listings. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Send as If-None-Match to get a 304 when unchanged. */
                    ETag?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *           "slug": "sea-kayak",
                     *           "vendor": {
                     *             "slug": "harbour-kayaks",
                     *             "name": "Harbour Kayaks"
                     *           },
                     *           "title": "Sea kayak",
                     *           "summary": "A stable two-seater for the bay.",
                     *           "kind": "rental",
                     *           "city": "Brighton",
                     *           "price": {
                     *             "amount": 4500,
                     *             "currency": "GBP"
                     *           },
                     *           "pricing_unit": "DAY",
                     *           "booking_mode": "instant",
                     *           "rating": {
                     *             "average": 4.8,
                     *             "count": 12
                     *           },
                     *           "image_url": null,
                     *           "distance_km": null,
                     *           "available_units": 2
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ListingPage"];
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "rental",
                 *       "category": "boats",
                 *       "title": "Sea kayak",
                 *       "pricing_unit": "DAY",
                 *       "price_amount": 4500,
                 *       "booking_mode": "instant",
                 *       "payment_mode": "NONE"
                 *     }
                 */
                "application/json": components["schemas"]["ListingCreate"];
            };
        };
        responses: {
            /** @description The new draft listing. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "slug": "sea-kayak",
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "title": "Sea kayak",
                     *       "summary": null,
                     *       "description": "",
                     *       "kind": "rental",
                     *       "category": {
                     *         "slug": "boats",
                     *         "name": "Boats"
                     *       },
                     *       "time_zone": "Europe/London",
                     *       "city": "Brighton",
                     *       "address": null,
                     *       "latitude": null,
                     *       "longitude": null,
                     *       "price": {
                     *         "amount": 4500,
                     *         "currency": "GBP"
                     *       },
                     *       "pricing_unit": "DAY",
                     *       "booking_mode": "instant",
                     *       "payment_mode": "NONE",
                     *       "duration_minutes": null,
                     *       "min_duration_minutes": null,
                     *       "max_duration_minutes": null,
                     *       "lead_time_minutes": 0,
                     *       "max_advance_days": 365,
                     *       "max_quantity_per_booking": 1,
                     *       "free_cancellation_hours": 24,
                     *       "rating": {
                     *         "average": 0,
                     *         "count": 0
                     *       },
                     *       "images": [],
                     *       "staff": [],
                     *       "attributes": {},
                     *       "status": "draft"
                     *     }
                     */
                    "application/json": components["schemas"]["BusinessListing"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                /** @description A listing id (UUID) or `vendor-slug/listing-slug` (encode the slash as %2F). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Send as If-None-Match to get a 304 when unchanged. */
                    ETag?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "slug": "sea-kayak",
                     *       "title": "Sea kayak",
                     *       "summary": "A stable two-seater for the bay.",
                     *       "kind": "rental",
                     *       "city": "Brighton",
                     *       "price": {
                     *         "amount": 4500,
                     *         "currency": "GBP"
                     *       },
                     *       "pricing_unit": "DAY",
                     *       "booking_mode": "instant",
                     *       "rating": {
                     *         "average": 4.8,
                     *         "count": 12
                     *       },
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "description": "Paddles and life jackets included.",
                     *       "category": {
                     *         "slug": "boats",
                     *         "name": "Boats"
                     *       },
                     *       "time_zone": "Europe/London",
                     *       "address": "1 Harbour Road",
                     *       "latitude": 50.82,
                     *       "longitude": -0.14,
                     *       "payment_mode": "ONLINE_FULL",
                     *       "duration_minutes": null,
                     *       "min_duration_minutes": 60,
                     *       "max_duration_minutes": null,
                     *       "lead_time_minutes": 60,
                     *       "max_advance_days": 365,
                     *       "max_quantity_per_booking": 2,
                     *       "free_cancellation_hours": 24,
                     *       "images": [],
                     *       "staff": [],
                     *       "attributes": {
                     *         "seats": 2
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "price_amount": 5000,
                 *       "summary": "Now with a dry bag."
                 *     }
                 */
                "application/json": components["schemas"]["ListingPatch"];
            };
        };
        responses: {
            /** @description The listing. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "slug": "sea-kayak",
                     *       "vendor": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *         "slug": "harbour-kayaks",
                     *         "name": "Harbour Kayaks"
                     *       },
                     *       "title": "Sea kayak",
                     *       "summary": null,
                     *       "description": "",
                     *       "kind": "rental",
                     *       "category": {
                     *         "slug": "boats",
                     *         "name": "Boats"
                     *       },
                     *       "time_zone": "Europe/London",
                     *       "city": "Brighton",
                     *       "address": null,
                     *       "latitude": null,
                     *       "longitude": null,
                     *       "price": {
                     *         "amount": 5000,
                     *         "currency": "GBP"
                     *       },
                     *       "pricing_unit": "DAY",
                     *       "booking_mode": "instant",
                     *       "payment_mode": "NONE",
                     *       "duration_minutes": null,
                     *       "min_duration_minutes": null,
                     *       "max_duration_minutes": null,
                     *       "lead_time_minutes": 0,
                     *       "max_advance_days": 365,
                     *       "max_quantity_per_booking": 1,
                     *       "free_cancellation_hours": 24,
                     *       "rating": {
                     *         "average": 0,
                     *         "count": 0
                     *       },
                     *       "images": [],
                     *       "staff": [],
                     *       "attributes": {},
                     *       "status": "draft"
                     *     }
                     */
                    "application/json": components["schemas"]["BusinessListing"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingAvailability: {
        parameters: {
            query: {
                /** @description A calendar date in the listing’s time zone. */
                from: string;
                /** @description A calendar date in the listing’s time zone. */
                to: string;
            };
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                /** @description A listing id (UUID) or `vendor-slug/listing-slug` (encode the slash as %2F). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Availability in the listing’s zone. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Send as If-None-Match to get a 304 when unchanged. */
                    ETag?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "kind": "rental",
                     *       "time_zone": "Europe/London",
                     *       "from": "2031-01-06",
                     *       "to": "2031-01-07",
                     *       "bookable_from": "2031-01-06T09:00:00.000Z",
                     *       "bookable_until": "2032-01-06T08:00:00.000Z",
                     *       "units": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a62",
                     *           "code": "K1",
                     *           "active": true,
                     *           "unavailable": [
                     *             {
                     *               "start_at": "2031-01-06T10:00:00.000Z",
                     *               "end_at": "2031-01-06T14:00:00.000Z",
                     *               "reason": "booked"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing’s state. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "status": "published",
                     *       "published_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ListingState"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listListingReviews: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
                /** @description 1–100, default 20. */
                limit?: number;
            };
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                /** @description A listing id (UUID) or `vendor-slug/listing-slug` (encode the slash as %2F). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Send as If-None-Match to get a 304 when unchanged. */
                    ETag?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a90",
                     *           "rating": 5,
                     *           "comment": "Great kayak.",
                     *           "author_name": "Cora",
                     *           "created_at": "2031-01-08T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ListingReviewPage"];
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions starting in [from, to), cancelled ones included. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a63",
                     *           "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *           "start_at": "2031-01-06T17:30:00.000Z",
                     *           "end_at": "2031-01-06T19:30:00.000Z",
                     *           "capacity": 12,
                     *           "seats_taken": 0,
                     *           "status": "scheduled",
                     *           "host_staff_id": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2031-01-06",
                 *       "time": "18:30",
                 *       "duration_minutes": 120,
                 *       "capacity": 12
                 *     }
                 */
                "application/json": components["schemas"]["SessionsRequest"];
            };
        };
        responses: {
            /** @description How many sessions were created. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created": 1,
                     *       "skipped": 0,
                     *       "session": {
                     *         "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a63",
                     *         "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *         "start_at": "2031-01-06T17:30:00.000Z",
                     *         "end_at": "2031-01-06T19:30:00.000Z",
                     *         "capacity": 12,
                     *         "seats_taken": 0,
                     *         "status": "scheduled",
                     *         "host_staff_id": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SessionsCreated"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `slot_unavailable`: The time is no longer available; `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All units, active or not. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a62",
                     *           "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *           "code": "K1",
                     *           "name": "Red kayak",
                     *           "active": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnitList"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "K2",
                 *       "name": "Blue kayak"
                 *     }
                 */
                "application/json": components["schemas"]["UnitRequest"];
            };
        };
        responses: {
            /** @description The new unit. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a62",
                     *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "code": "K1",
                     *       "name": "Red kayak",
                     *       "active": true
                     *     }
                     */
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unpublishListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing’s state. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "status": "unpublished",
                     *       "published_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ListingState"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in person. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a80",
                     *       "email": "sam@example.com",
                     *       "name": "Sam Owner",
                     *       "phone": null,
                     *       "roles": [
                     *         "customer",
                     *         "business_owner"
                     *       ],
                     *       "businesses": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *           "slug": "harbour-kayaks",
                     *           "name": "Harbour Kayaks",
                     *           "role": "owner",
                     *           "status": "ACTIVE"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                 *       "start_at": "2031-01-06T10:00:00Z",
                 *       "end_at": "2031-01-06T14:00:00Z",
                 *       "quantity": 1
                 *     }
                 */
                "application/json": components["schemas"]["QuoteRequest"];
            };
        };
        responses: {
            /** @description The price snapshot and whether it can be booked. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "quote": {
                     *         "currency": "GBP",
                     *         "line_items": [
                     *           {
                     *             "code": "base",
                     *             "label": "4 hours × £20.00",
                     *             "quantity": 4,
                     *             "unit_amount": 2000,
                     *             "amount": 8000
                     *           }
                     *         ],
                     *         "subtotal": 8000,
                     *         "fees_total": 0,
                     *         "discount_total": 0,
                     *         "tax_total": 0,
                     *         "total": 8000,
                     *         "deposit_due": 8000,
                     *         "balance_due": 0,
                     *         "time_zone": "Europe/London",
                     *         "promo_code": null
                     *       },
                     *       "available": 2,
                     *       "bookable": true,
                     *       "problem": null
                     *     }
                     */
                    "application/json": components["schemas"]["QuoteAnswer"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled session. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a63",
                     *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "start_at": "2031-01-06T17:30:00.000Z",
                     *       "end_at": "2031-01-06T19:30:00.000Z",
                     *       "capacity": 12,
                     *       "seats_taken": 0,
                     *       "status": "cancelled",
                     *       "host_staff_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "capacity": 16
                 *     }
                 */
                "application/json": components["schemas"]["SessionPatch"];
            };
        };
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a63",
                     *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "start_at": "2031-01-06T17:30:00.000Z",
                     *       "end_at": "2031-01-06T19:30:00.000Z",
                     *       "capacity": 16,
                     *       "seats_taken": 0,
                     *       "status": "scheduled",
                     *       "host_staff_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `slot_unavailable`: The time is no longer available */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStaffMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff member (hours in the business’s zone). */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a64",
                     *       "name": "Ben",
                     *       "email": "ben@example.com",
                     *       "bio": "Colour specialist.",
                     *       "active": true,
                     *       "time_zone": "Europe/London",
                     *       "hours": [
                     *         {
                     *           "weekday": 2,
                     *           "start": "10:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "time_off": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a65",
                     *           "start_at": "2031-02-01T00:00:00.000Z",
                     *           "end_at": "2031-02-08T00:00:00.000Z",
                     *           "reason": "Holiday"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStaffMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hours": [
                 *         {
                 *           "weekday": 1,
                 *           "start": "09:00",
                 *           "end": "17:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["StaffPatch"];
            };
        };
        responses: {
            /** @description The staff member. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a64",
                     *       "name": "Ben",
                     *       "email": "ben@example.com",
                     *       "bio": "Colour specialist.",
                     *       "active": true,
                     *       "time_zone": "Europe/London",
                     *       "hours": [
                     *         {
                     *           "weekday": 2,
                     *           "start": "10:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "time_off": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a65",
                     *           "start_at": "2031-02-01T00:00:00.000Z",
                     *           "end_at": "2031-02-08T00:00:00.000Z",
                     *           "reason": "Holiday"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addStaffTimeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start_date": "2031-02-01",
                 *       "end_date": "2031-02-07",
                 *       "reason": "Holiday"
                 *     }
                 */
                "application/json": components["schemas"]["TimeOffRequest"];
            };
        };
        responses: {
            /** @description The time off, from the first day’s start to the end of the last in the business’s zone. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a65",
                     *       "start_at": "2031-02-01T00:00:00.000Z",
                     *       "end_at": "2031-02-08T00:00:00.000Z",
                     *       "reason": "Holiday"
                     *     }
                     */
                    "application/json": components["schemas"]["TimeOff"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit is gone. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a62",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeletedUnit"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `policy_violation`: The listing’s policy does not allow this; `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["UnitPatch"];
            };
        };
        responses: {
            /** @description The unit. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a62",
                     *       "listing_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *       "code": "K1",
                     *       "name": "Red kayak",
                     *       "active": false
                     *     }
                     */
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `policy_violation`: The listing’s policy does not allow this */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVendor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business and its published listings. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Send as If-None-Match to get a 304 when unchanged. */
                    ETag?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61",
                     *       "slug": "harbour-kayaks",
                     *       "name": "Harbour Kayaks",
                     *       "description": "Kayaks on the bay since 1999.",
                     *       "city": "Brighton",
                     *       "country": "GB",
                     *       "time_zone": "Europe/London",
                     *       "logo_url": null,
                     *       "rating": {
                     *         "average": 4.8,
                     *         "count": 12
                     *       },
                     *       "listings": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60",
                     *           "slug": "sea-kayak",
                     *           "vendor": {
                     *             "slug": "harbour-kayaks",
                     *             "name": "Harbour Kayaks"
                     *           },
                     *           "title": "Sea kayak",
                     *           "summary": "A stable two-seater for the bay.",
                     *           "kind": "rental",
                     *           "city": "Brighton",
                     *           "price": {
                     *             "amount": 4500,
                     *             "currency": "GBP"
                     *           },
                     *           "pricing_unit": "DAY",
                     *           "booking_mode": "instant",
                     *           "rating": {
                     *             "average": 4.8,
                     *             "count": 12
                     *           },
                     *           "image_url": null,
                     *           "distance_km": null,
                     *           "available_units": 2
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Vendor"];
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All endpoints, newest first (one page). */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b01",
                     *           "url": "https://example.com/bookwell/webhooks",
                     *           "description": "Channel manager",
                     *           "events": [
                     *             "booking.confirmed",
                     *             "booking.cancelled"
                     *           ],
                     *           "enabled": true,
                     *           "disabled_at": null,
                     *           "disabled_reason": null,
                     *           "failing_since": null,
                     *           "previous_secret_expires_at": null,
                     *           "created_at": "2031-01-06T08:00:00.000Z",
                     *           "updated_at": "2031-01-06T08:00:00.000Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/bookwell/webhooks",
                 *       "description": "Channel manager",
                 *       "events": [
                 *         "booking.confirmed",
                 *         "booking.cancelled"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The new endpoint and its secret. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b01",
                     *       "url": "https://example.com/bookwell/webhooks",
                     *       "description": "Channel manager",
                     *       "events": [
                     *         "booking.confirmed",
                     *         "booking.cancelled"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_at": null,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "previous_secret_expires_at": null,
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwJ0u8a1rGm3E="
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b01",
                     *       "url": "https://example.com/bookwell/webhooks",
                     *       "description": "Channel manager",
                     *       "events": [
                     *         "booking.confirmed",
                     *         "booking.cancelled"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_at": null,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "previous_secret_expires_at": null,
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is gone. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b01",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeletedWebhookEndpoint"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointPatch"];
            };
        };
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b01",
                     *       "url": "https://example.com/bookwell/webhooks",
                     *       "description": "Channel manager",
                     *       "events": [
                     *         "booking.confirmed",
                     *         "booking.cancelled"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_at": null,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "previous_secret_expires_at": null,
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
                /** @description 1–100, default 20. */
                limit?: number;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b03",
                     *           "event_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b02",
                     *           "event_type": "booking.confirmed",
                     *           "status": "succeeded",
                     *           "attempts": 2,
                     *           "next_attempt_at": null,
                     *           "delivered_at": "2031-01-06T08:00:05.210Z",
                     *           "response_status": 200,
                     *           "last_error": null,
                     *           "created_at": "2031-01-06T08:00:00.000Z",
                     *           "attempt_log": [
                     *             {
                     *               "attempt": 1,
                     *               "at": "2031-01-06T08:00:00.120Z",
                     *               "succeeded": false,
                     *               "response_status": 503,
                     *               "latency_ms": 84,
                     *               "response_excerpt": "Service Unavailable",
                     *               "error": "Answered 503."
                     *             },
                     *             {
                     *               "attempt": 2,
                     *               "at": "2031-01-06T08:00:05.150Z",
                     *               "succeeded": true,
                     *               "response_status": 200,
                     *               "latency_ms": 60,
                     *               "response_excerpt": "ok",
                     *               "error": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2031-01-06T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRedeliverRequest"];
            };
        };
        responses: {
            /** @description How many deliveries are on their way. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "queued": 12
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookRedelivery"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint and its new secret. */
            200: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b01",
                     *       "url": "https://example.com/bookwell/webhooks",
                     *       "description": "Channel manager",
                     *       "events": [
                     *         "booking.confirmed",
                     *         "booking.cancelled"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_at": null,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "previous_secret_expires_at": "2031-01-07T08:00:00.000Z",
                     *       "created_at": "2031-01-06T08:00:00.000Z",
                     *       "updated_at": "2031-01-06T08:00:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwJ0u8a1rGm3E="
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendWebhookTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Defaults to the API key’s pinned version, else 2026-12-03. */
                "Api-Version"?: "2026-12-03";
                /** @description Optional: a retry with the same key replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event is on its way. */
            201: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "event_id": "0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b02"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookTestQueued"];
                };
            };
            /** @description `unknown_api_version`: Unknown API version; `malformed_request`: The request could not be read */
            400: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are not valid; `unauthenticated`: Authentication required */
            401: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: The account or business is disabled; `forbidden`: Not allowed; `insufficient_scope`: The API key lacks the scope for this operation */
            403: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_request_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `validation_failed`: Some fields are not valid; `idempotency_key_reused`: The Idempotency-Key was used with another request */
            422: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests */
            429: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Something went wrong on our side */
            500: {
                headers: {
                    /** @description The API version that answered. */
                    "Api-Version"?: string;
                    /** @description Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`. */
                    RateLimit?: string;
                    /** @description The quota and window, e.g. `"default";q=600;w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhook_booking_approved: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingApprovedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_cancelled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingCancelledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_checked_in: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingCheckedInEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_checked_out: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingCheckedOutEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_completed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingCompletedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_confirmed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingConfirmedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_declined: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingDeclinedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_expired: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingExpiredEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_requested: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingRequestedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_booking_rescheduled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingRescheduledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_listing_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListingUpdatedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_refunded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRefundedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_succeeded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentSucceededEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_review_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewCreatedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_test: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry and redelivery. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret. */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed; reject ones more than 5 minutes off. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
