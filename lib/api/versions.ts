import { ApiError } from './problem';

// Api-Version is a date. A request names one, or gets its API key's pinned version (the one
// current when the key was created), or the current one. Breaking changes get a new date.

export const API_VERSIONS = ['2026-12-03'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];
export const CURRENT_API_VERSION: ApiVersion = '2026-12-03';

export function negotiateVersion(header: string | null, pinned: string | null | undefined): ApiVersion {
  const wanted = header?.trim() || pinned || CURRENT_API_VERSION;
  if ((API_VERSIONS as readonly string[]).includes(wanted)) return wanted as ApiVersion;
  throw new ApiError('unknown_api_version', `Api-Version "${wanted}" is not known. Use one of: ${API_VERSIONS.join(', ')}.`, {
    param: 'Api-Version',
    known_versions: [...API_VERSIONS],
  });
}
