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
         * @description Its customer (before the start, within the policy) or its business. The price stays; a move that would change it is refused.
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
}
export type webhooks = Record<string, never>;
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
        PaymentNote: {
            note?: string;
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
             * @description Local wall-clock time in the listing’s zone.
             * @example 18:30
             */
            time: string;
        } | {
            capacity: number;
            duration_minutes: number;
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
                     *             "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *         "time_zone": "Europe/London"
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
                     *           "status": "scheduled"
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
                     *         "status": "scheduled"
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
                     *         "time_zone": "Europe/London"
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
                     *       "status": "cancelled"
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
                     *       "status": "scheduled"
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
}
