import 'server-only';

/** An .ics answer: a download (attachment) or a feed a calendar app subscribes to (inline). */
export function calendarResponse(content: string, options: { filename: string; download: boolean; headers?: Record<string, string> }): Response {
  return new Response(content, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `${options.download ? 'attachment' : 'inline'}; filename="${options.filename.replace(/[^\w.-]/g, '_')}"`,
      // Personal data behind a secret or a session: never kept by shared caches, never indexed.
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
      'referrer-policy': 'no-referrer',
      ...options.headers,
    },
  });
}
