import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { signInSchema } from '@/lib/auth/schemas';
import { RateLimited } from '@/lib/errors';
import { clientIpFrom } from '@/lib/http/client-ip';
import { authUrl } from '@/lib/config/app-url';
import { logger } from '@/lib/observability/logger';

/** A sign-in refused for now: carries the wait to the form (Auth.js rethrows it as is). */
export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly limited: RateLimited) {
    super(limited.message);
  }
}

// Behind a proxy next-auth must know the public address: AUTH_URL, derived from APP_URL in
// production when unset (lib/config/app-url.ts). next-auth reads it from the environment.
const derivedAuthUrl = authUrl();
if (derivedAuthUrl && !process.env.AUTH_URL) process.env.AUTH_URL = derivedAuthUrl;

// Email + password sign-in with JWT sessions (the Credentials provider needs them). The token
// carries only the user id; roles and memberships are read fresh from the database per request.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/signin' },
  // A wrong password is an expected outcome, not a server error worth a stack trace.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      logger.error({ err: error }, 'Authentication error');
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const user = await authenticate(parsed.data, clientAddress(request));
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        } catch (error) {
          if (error instanceof RateLimited) throw new RateLimitedSignIn(error);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

function clientAddress(request: Request | undefined): string | null {
  return request ? clientIpFrom(request.headers) : null;
}
