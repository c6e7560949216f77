import { describe, expect, it } from 'vitest';
import { renderEmail } from './layout';

describe('the email layout', () => {
  const content = {
    brand: { name: 'Bob & <Sons>', logoUrl: 'https://cdn.example.test/logo.png' },
    greeting: 'Hello <script>alert(1)</script>,',
    heading: 'Booking confirmed',
    paragraphs: ['Your booking is confirmed.'],
    details: [['When', 'Mon 20 Jan, 10:00–12:00 (GMT-5, America/New_York)']] as Array<[string, string]>,
    action: { label: 'View your booking', url: 'https://book.example.test/manage/abc?x=1&y="2"' },
    preferencesUrl: 'https://book.example.test/email-preferences/t',
  };

  it('escapes everything it puts into HTML (names come from customers and businesses)', () => {
    const { html } = renderEmail(content);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(html).toContain('alt="Bob &amp; &lt;Sons&gt;"');
    expect(html).toContain('href="https://book.example.test/manage/abc?x=1&amp;y=&quot;2&quot;"');
  });

  it('says the same in plain text: details, the one next step with its URL, the preferences link, the brand', () => {
    const { text } = renderEmail(content);
    expect(text).toBe(
      [
        'Hello <script>alert(1)</script>,',
        '',
        'Booking confirmed',
        '',
        'Your booking is confirmed.',
        '',
        'When: Mon 20 Jan, 10:00–12:00 (GMT-5, America/New_York)',
        '',
        'View your booking:',
        'https://book.example.test/manage/abc?x=1&y="2"',
        '',
        'Manage your email preferences: https://book.example.test/email-preferences/t',
        '',
        '— Bob & <Sons>, via Bookwell',
      ].join('\n'),
    );
  });
});
