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

// One client per server process (and per hot reload in development).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function connectionStringFromEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with "npm run dev" or "npm start", which start the embedded PostgreSQL, or set DATABASE_URL.',
    );
  }
  return url;
}

/** The app's database client, created on first use so that importing it never needs a database. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.prisma ??= createPrismaClient(connectionStringFromEnv());
    const value = Reflect.get(globalForPrisma.prisma, property);
    return typeof value === 'function' ? value.bind(globalForPrisma.prisma) : value;
  },
});
