import { NextResponse } from 'next/server';
import { resolveMember } from '@/lib/auth/current-actor';
import { completeGoogleConnection } from '@/lib/calendars/google/google-connection';
import { googleSettings } from '@/lib/calendars/google/google-settings';
import { prisma } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/error-response';

// Google sends the member back here after consent (GOOGLE_REDIRECT_URI). The signed state says which
// staff member; the signed-in member must be the one who started it. Back to the staff page either way.
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const back = (path: string, outcome: string) => NextResponse.redirect(new URL(`${path}?google=${encodeURIComponent(outcome)}`, request.url), 303);
  try {
    const { actor } = await resolveMember();
    if (params.get('error') || !params.get('code') || !params.get('state')) return back('/dashboard/listings/staff', 'cancelled');
    const { staffId } = await completeGoogleConnection(prisma, actor, { code: params.get('code')!, state: params.get('state')! }, googleSettings());
    return back(`/dashboard/listings/staff/${staffId}`, 'connected');
  } catch (error) {
    if (error instanceof DomainError && error.status === 422) return back('/dashboard/listings/staff', error.message);
    return errorResponse(error);
  }
}
