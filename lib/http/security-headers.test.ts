import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `) || d === name);

describe('security headers', () => {
  it('allow scripts only with the nonce in production, never inline or eval', () => {
    const policy = contentSecurityPolicy('abc123', { NODE_ENV: 'production' });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'form-action')).toBe("form-action 'self' https://checkout.stripe.com");
  });

  it("let development's hot reload work", () => {
    const policy = contentSecurityPolicy('n', { NODE_ENV: 'development' });
    expect(directive(policy, 'script-src')).toContain("'unsafe-eval'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' ws:");
  });

  it('allow images from the upload bucket', () => {
    expect(directive(contentSecurityPolicy('n', { NODE_ENV: 'production', S3_PUBLIC_URL: 'https://cdn.example.com/photos' }), 'img-src')).toBe("img-src 'self' data: blob: https://cdn.example.com");
    expect(directive(contentSecurityPolicy('n', { NODE_ENV: 'production', S3_BUCKET: 'b', S3_ENDPOINT: 'https://minio.example.org:9000' }), 'img-src')).toContain('https://minio.example.org:9000');
  });

  it('send HSTS in production only, and the other headers always', () => {
    expect(securityHeaders('n', { NODE_ENV: 'production' })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    const dev = securityHeaders('n', { NODE_ENV: 'development' });
    expect(dev['Strict-Transport-Security']).toBeUndefined();
    expect(dev).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Frame-Options': 'DENY' });
    expect(dev['Permissions-Policy']).toContain('geolocation=(self)');
  });
});
