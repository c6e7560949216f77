import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;
/** A client inside an interactive transaction: services that take one join the caller's transaction. */
export type Tx = Prisma.TransactionClient;
/** Either: a service that may run alone or inside the caller's transaction. */
export type DbOrTx = Db | Tx;

export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: options.max ?? 10 }) });
}

// One client per server process (and per hot reload in development); a second one for the replica.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; catalogPrisma?: PrismaClient };

function connectionStringFromEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with "npm run dev" or "npm start", which start the embedded PostgreSQL, or set DATABASE_URL.',
    );
  }
  return url;
}

/** Connections per server process and client (DATABASE_POOL_SIZE, default 10): several servers multiply it. */
function poolSize(): number {
  return Number(process.env.DATABASE_POOL_SIZE) || 10;
}

function primaryClient(): PrismaClient {
  return (globalForPrisma.prisma ??= createPrismaClient(connectionStringFromEnv(), { max: poolSize() }));
}

function catalogClient(): PrismaClient {
  const replica = process.env.DATABASE_REPLICA_URL?.trim();
  if (!replica) return primaryClient();
  return (globalForPrisma.catalogPrisma ??= createPrismaClient(replica, { max: poolSize() }));
}

/** A client created on first use (so that importing it never needs a database). */
function lazyClient(client: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const target = client();
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The app's database client: the primary. Every booking step, every write, every transaction. */
export const prisma: PrismaClient = lazyClient(primaryClient);

/**
 * Public catalog and storefront reads, which may lag a moment behind the primary: with
 * DATABASE_REPLICA_URL set they go to that read replica, otherwise to the primary. Never for a
 * booking step or inside a transaction (what a booking decides is read on the primary, under its locks).
 */
export const catalogPrisma: PrismaClient = lazyClient(catalogClient);
