import { refundHandler } from '@/lib/payments/refund-handler';
import { invitationEmailHandler } from '@/lib/business/team/invitation-email';
import { verificationEmailHandler } from '@/lib/auth/verification-email';
import { bookingEmailHandler, bookingMemberEmailHandler, bookingNotificationsHandler } from './booking-handlers';
import type { OutboxHandler } from './handlers';
import { magicLinkEmailHandler } from './magic-link-email';
import { nudgeEmailHandler } from './nudges';
import { refundEmailHandler } from './refund-email';
import { reviewNotificationsHandler } from './review-handlers';
import { bookingSmsHandler } from './sms-handlers';

/** What the outbox worker delivers. Add a handler here (outbound webhooks, calendar pushes) to deliver more. */
export const defaultOutboxHandlers: readonly OutboxHandler[] = [bookingNotificationsHandler, bookingEmailHandler, bookingMemberEmailHandler, reviewNotificationsHandler, refundHandler, invitationEmailHandler, nudgeEmailHandler, bookingSmsHandler, refundEmailHandler, magicLinkEmailHandler, verificationEmailHandler];
