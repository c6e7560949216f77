import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { PlatformRole } from '@/lib/generated/prisma/enums';
import { smtpConfigured } from './smtp';

/**
 * The dev mailbox shows captured emails only while no SMTP server is set: to everyone in
 * development, and only to operators in production (the emails hold guests' manage links).
 */
export function devMailboxOpenTo(user: { role: PlatformRole } | null): boolean {
  if (smtpConfigured()) return false;
  if (process.env.NODE_ENV !== 'production') return true;
  return user?.role === 'OPERATOR';
}

/** Captured emails, newest first, optionally only those to one address. */
export function recentEmails(db: Db, options: { to?: string; take?: number } = {}) {
  const to = options.to?.trim().toLowerCase();
  return db.emailMessage.findMany({
    where: to ? { to: { equals: to, mode: 'insensitive' } } : {},
    orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
    take: options.take ?? 50,
  });
}
