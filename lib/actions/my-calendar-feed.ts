'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { issueCustomerFeed, revokeCustomerFeed } from '@/lib/calendars/subscription-feeds';
import { prisma } from '@/lib/db/prisma';
import { customerAction } from '@/lib/http/actions';

// A signed-in customer's own subscription feed of their confirmed bookings (from /account).

const refresh = () => revalidatePath('/account');

export const issueMyCalendarFeedAction = customerAction(z.object({}), (_, { user }) => issueCustomerFeed(prisma, user.id), { after: refresh });

export const revokeMyCalendarFeedAction = customerAction(z.object({}), (_, { user }) => revokeCustomerFeed(prisma, user.id), { after: refresh });
