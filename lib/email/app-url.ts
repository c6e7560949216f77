/** An absolute URL for links in emails: APP_URL (e.g. https://book.example.com), else localhost. */
export function absoluteUrl(path: string): string {
  const base = (process.env.APP_URL || 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
