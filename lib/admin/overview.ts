import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';

/** What needs an operator's eye: counts that link to the filtered lists. */
export async function consoleOverview(db: Db, operator: OperatorActor) {
  assertOperator(operator);
  const [suspendedVendors, vendors, publishedListings, openRequests, failedOutbox, failedDeliveries, eventErrors, disabledUsers] = await Promise.all([
    db.vendor.count({ where: { status: 'SUSPENDED' } }),
    db.vendor.count(),
    db.listing.count({ where: { status: 'PUBLISHED' } }),
    db.booking.count({ where: { status: 'REQUESTED' } }),
    db.outboxMessage.count({ where: { status: 'FAILED' } }),
    db.webhookDelivery.count({ where: { status: 'FAILED' } }),
    db.providerEvent.count({ where: { error: { not: null } } }),
    db.user.count({ where: { disabledAt: { not: null } } }),
  ]);
  return { suspendedVendors, vendors, publishedListings, openRequests, failedOutbox, failedDeliveries, eventErrors, disabledUsers };
}
