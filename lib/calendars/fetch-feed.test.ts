import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '@/lib/domain/calendar-url';
import { fetchFeed } from './fetch-feed';

describe('fetching a calendar feed safely', () => {
  it('knows which resolved addresses are not public', () => {
    for (const ip of ['127.0.0.1', '10.0.0.5', '172.20.1.1', '192.168.0.1', '169.254.169.254', '100.100.0.1', '0.0.0.0', '224.0.0.1', '192.0.2.1', '::', '::1', 'fd12::1', 'fe80::1%eth0', 'ff02::1', '::ffff:10.0.0.1', '::127.0.0.1', '64:ff9b::a00:1', 'not-an-ip']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '142.250.180.14', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(ip), ip).toBe(false);
    }
  });

  it('refuses a host when any of its addresses is private, before connecting', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    await expect(fetchFeed('https://calendar.example.com/basic.ics', { resolve })).rejects.toThrow('This address points to a private network');
    await expect(fetchFeed('https://127.0.0.1/basic.ics')).rejects.toThrow('This address points to a private network');
    await expect(fetchFeed('https://[::1]/basic.ics')).rejects.toThrow('This address points to a private network');
  });

  it('refuses plain http, credentials and unknown hosts with clear messages', async () => {
    await expect(fetchFeed('http://calendar.example.com/basic.ics')).rejects.toThrow('must start with https://');
    await expect(fetchFeed('https://me:pw@calendar.example.com/basic.ics')).rejects.toThrow('user name and password');
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expect(fetchFeed('https://nowhere.example.com/basic.ics', { resolve })).rejects.toThrow('host name could not be found');
  });
});
