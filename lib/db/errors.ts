import { Prisma } from '@/lib/generated/prisma/client';

/** A unique-constraint violation (P2002), optionally on a given column. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  if (!field) return true;
  return JSON.stringify(error.meta ?? {}).includes(field);
}

/** The name of the PostgreSQL constraint behind a failed query, when there is one. */
export function violatedConstraint(error: unknown): string | undefined {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : '';
  return text.match(/"?([A-Za-z]+_[A-Za-z_]+(?:no_overlap|capacity))"?/)?.[1];
}
