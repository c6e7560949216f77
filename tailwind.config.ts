import type { Config } from 'tailwindcss';

// Tailwind 4 reads this through `@config` in app/globals.css: the brand palette and font stack live here.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eff8ff',
          100: '#dbeefe',
          500: '#1f7ae0',
          600: '#1563c4',
          700: '#124f9c',
          900: '#0d2f5c',
        },
      },
      fontFamily: {
        sans: ['ui-sans-serif', 'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
      },
    },
  },
};

export default config;
