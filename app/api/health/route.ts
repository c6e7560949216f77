import { NextResponse } from 'next/server';
import { publicRoute } from '@/lib/http/routes';

// Liveness only: answers without touching the database (load balancers, Playwright's webServer).
export const GET = publicRoute(async () => NextResponse.json({ status: 'ok' }));
