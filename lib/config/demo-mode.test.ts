import { describe, expect, it } from 'vitest';
import { demoModeFor, demoSeedRefusal, isDemoMode } from './demo-mode';

describe('demo mode', () => {
  it('is on for npm run dev on the embedded database, and nowhere else unless DEMO_MODE says so', () => {
    expect(demoModeFor({}, { mode: 'dev', embeddedDatabase: true })).toBe(true);
    expect(demoModeFor({}, { mode: 'dev', embeddedDatabase: false })).toBe(false);
    expect(demoModeFor({}, { mode: 'start', embeddedDatabase: true })).toBe(false); // npm start in production: no known accounts
    expect(demoModeFor({ DEMO_MODE: 'true' }, { mode: 'start', embeddedDatabase: false })).toBe(true);
    expect(demoModeFor({ DEMO_MODE: 'false' }, { mode: 'dev', embeddedDatabase: true })).toBe(false);
    expect(demoModeFor({ DEMO_MODE: 'yes' }, { mode: 'start', embeddedDatabase: true })).toBe(false);
  });

  it('is read from DEMO_MODE=true only', () => {
    expect(isDemoMode({ DEMO_MODE: 'true' })).toBe(true);
    for (const value of [undefined, 'false', '1', 'TRUE']) expect(isDemoMode({ DEMO_MODE: value })).toBe(false);
  });

  it('refuses demo accounts in production unless DEMO_MODE=true', () => {
    expect(demoSeedRefusal({ NODE_ENV: 'production' })).toMatch(/Refusing to seed demo accounts/);
    expect(demoSeedRefusal({ NODE_ENV: 'production', DEMO_MODE: 'true' })).toBeNull();
    expect(demoSeedRefusal({ NODE_ENV: 'development' })).toBeNull();
    expect(demoSeedRefusal({})).toBeNull();
  });
});
