import { NextResponse } from 'next/server';
import { absoluteUrl } from '@/lib/config/app-url';
import { prisma } from '@/lib/db/prisma';
import { unsubscribeByToken } from '@/lib/email/preferences';
import { publicRoute } from '@/lib/http/routes';

// The List-Unsubscribe target. Mail apps POST to it (one click, RFC 8058); a person who opens the
// link gets the preferences page, where they choose (a GET never changes anything: link scanners
// open every link in an email).
export const POST = publicRoute(async (request) => {
  const url = new URL(request.url);
  const done = await unsubscribeByToken(prisma, url.searchParams.get('token') ?? '', url.searchParams.get('kind') ?? '');
  return NextResponse.json({ unsubscribed: done.kind });
});

export const GET = publicRoute(async (request) => {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return NextResponse.redirect(absoluteUrl(`/email-preferences/${encodeURIComponent(token)}`), 303);
});

export const dynamic = 'force-dynamic';
