// Google Calendar settings, from the environment only. Without a client id and secret the
// dashboard says what to set instead of showing a connect button that cannot work.

export type GoogleSettings = {
  clientId: string;
  clientSecret: string;
  /** Where Google sends the person back after consent (must be registered with the OAuth client). */
  redirectUri: string;
  /** Overrides for a local fake Google in tests and development; Google's own when unset. */
  apiRootUrl?: string;
  authUrl?: string;
  tokenUrl?: string;
  revokeUrl?: string;
};

export const GOOGLE_SETTINGS_HINT = 'Set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (an OAuth client of type "Web application" in Google Cloud) to connect Google Calendar.';

export function googleSettings(env: Record<string, string | undefined> = process.env): GoogleSettings | null {
  const clientId = env.GOOGLE_CLIENT_ID?.trim();
  const clientSecret = env.GOOGLE_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) return null;
  const base = (env.APP_URL || 'http://localhost:3000').replace(/\/+$/, '');
  return {
    clientId,
    clientSecret,
    redirectUri: env.GOOGLE_REDIRECT_URI?.trim() || `${base}/api/dashboard/google/callback`,
    apiRootUrl: env.GOOGLE_API_ROOT_URL?.trim() || undefined,
    authUrl: env.GOOGLE_OAUTH_AUTH_URL?.trim() || undefined,
    tokenUrl: env.GOOGLE_OAUTH_TOKEN_URL?.trim() || undefined,
    revokeUrl: env.GOOGLE_OAUTH_REVOKE_URL?.trim() || undefined,
  };
}
