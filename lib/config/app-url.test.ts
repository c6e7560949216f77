import { describe, expect, it } from 'vitest';
import { absoluteUrl, appUrl, appUrlProblem, authUrl } from './app-url';

// Absolute URLs come from APP_URL only (never a forged Host / X-Forwarded-Host header).

describe('APP_URL', () => {
  it('is required in production, with a message that says what to set', () => {
    expect(appUrlProblem({ NODE_ENV: 'production' })).toMatch(/APP_URL must be set in production.*APP_URL=https:\/\//);
    expect(() => appUrl({ NODE_ENV: 'production' })).toThrow(/APP_URL must be set/);
    expect(appUrlProblem({ NODE_ENV: 'production', APP_URL: 'https://book.example.com' })).toBeNull();
  });

  it('defaults to localhost on the configured port in development', () => {
    expect(appUrl({ NODE_ENV: 'development' })).toBe('http://localhost:3000');
    expect(appUrl({ NODE_ENV: 'development', PORT: '3203' })).toBe('http://localhost:3203');
  });

  it('refuses what is not a plain http(s) origin', () => {
    for (const bad of ['book.example.com', 'javascript:alert(1)', 'ftp://book.example.com', 'https://book.example.com/?x=1', 'https://user:pw@book.example.com']) {
      expect(appUrlProblem({ NODE_ENV: 'production', APP_URL: bad }), bad).not.toBeNull();
    }
  });

  it('builds absolute URLs on it, whatever slashes it ends with', () => {
    expect(absoluteUrl('/pay/success?booking=1', { APP_URL: 'https://book.example.com//' })).toBe('https://book.example.com/pay/success?booking=1');
    expect(absoluteUrl('manage/x', { APP_URL: 'https://book.example.com/base' })).toBe('https://book.example.com/base/manage/x');
  });

  it('gives next-auth its address (AUTH_URL) from APP_URL in production unless AUTH_URL is set', () => {
    expect(authUrl({ NODE_ENV: 'production', APP_URL: 'https://book.example.com/' })).toBe('https://book.example.com/api/auth');
    expect(authUrl({ NODE_ENV: 'production', APP_URL: 'https://book.example.com', AUTH_URL: 'https://auth.example.com/api/auth' })).toBe('https://auth.example.com/api/auth');
    expect(authUrl({ NODE_ENV: 'development', APP_URL: 'http://localhost:3000' })).toBeUndefined();
    expect(authUrl({ NODE_ENV: 'production' })).toBeUndefined();
  });
});
