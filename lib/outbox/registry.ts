import { refundHandler } from '@/lib/payments/refund-handler';
import { googlePushHandler } from '@/lib/calendars/google/google-push';
import { invitationEmailHandler } from '@/lib/business/team/invitation-email';
import { verificationEmailHandler } from '@/lib/auth/verification-email';
import { emailChangeEmailHandler, passwordResetEmailHandler } from '@/lib/account/account-emails';
import { bookingEmailHandler, bookingMemberEmailHandler, bookingNotificationsHandler } from './booking-handlers';
import type { OutboxHandler } from './handlers';
import { magicLinkEmailHandler } from './magic-link-email';
import { guestCodeHandler } from './guest-code-handler';
import { nudgeEmailHandler } from './nudges';
import { refundEmailHandler } from './refund-email';
import { reviewNotificationsHandler } from './review-handlers';
import { bookingSmsHandler } from './sms-handlers';
import { webhookDisabledEmailHandler } from '@/lib/webhooks/disabled-email';

/** What the outbox worker delivers. Add a handler here to deliver more. Webhook deliveries have their own worker (lib/webhooks/deliver-webhooks.ts). */
export const defaultOutboxHandlers: readonly OutboxHandler[] = [bookingNotificationsHandler, bookingEmailHandler, bookingMemberEmailHandler, reviewNotificationsHandler, refundHandler, invitationEmailHandler, nudgeEmailHandler, bookingSmsHandler, refundEmailHandler, magicLinkEmailHandler, googlePushHandler(), webhookDisabledEmailHandler, verificationEmailHandler, passwordResetEmailHandler, emailChangeEmailHandler, guestCodeHandler];
