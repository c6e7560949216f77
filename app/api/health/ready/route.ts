import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { checkReadiness } from '@/lib/db/readiness';
import { publicRoute } from '@/lib/http/routes';

// Readiness: 200 once the database answers and every migration of this build is applied, 503
// otherwise (a load balancer sends this server no traffic meanwhile). Liveness is /api/health.
export const GET = publicRoute(async () => {
  const readiness = await checkReadiness(prisma);
  return NextResponse.json({ status: readiness.ready ? 'ready' : 'not_ready', ...readiness }, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});
