import { NextResponse } from 'next/server';

// Liveness only: answers without touching the database (load balancers, Playwright's webServer).
export function GET() {
  return NextResponse.json({ status: 'ok' });
}
