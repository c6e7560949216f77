import { FEED_TTL_SECONDS } from '@/lib/calendars/render-feed';
import { readSubscriptionFeed } from '@/lib/calendars/subscription-feeds';
import { prisma } from '@/lib/db/prisma';
import { calendarResponse } from '@/lib/http/calendar-response';
import { publicRoute } from '@/lib/http/routes';

// A subscription feed (/calendars/<secret>.ics, also opened as webcal://): the secret is the permission.
export const GET = publicRoute<{ file: string }>(async (request, { params }) => {
  const feed = await readSubscriptionFeed(prisma, params.file.replace(/\.ics$/, ''));
  const headers = {
    // Calendar apps poll; a private cache may keep the feed as long as the feed asks them to wait.
    'cache-control': `private, max-age=${FEED_TTL_SECONDS}, must-revalidate`,
    etag: feed.etag,
  };
  if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === feed.etag)) return new Response(null, { status: 304, headers });
  return calendarResponse(feed.ics, { filename: 'bookings.ics', download: false, headers });
});
