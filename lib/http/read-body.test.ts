import { describe, expect, it } from 'vitest';
import { readBodyText, readSmallForm } from './read-body';

/** A body that streams in chunks with no Content-Length, as a chunked upload does. */
function streamed(chunks: string[]) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks.length) return controller.close();
      controller.enqueue(new TextEncoder().encode(chunks[pulled]!));
      pulled += 1;
    },
  });
  return { request: new Request('http://localhost/x', { method: 'POST', body, duplex: 'half' } as RequestInit), pulled: () => pulled };
}

describe('reading request bodies with a ceiling', () => {
  it('reads a body under the ceiling whole', async () => {
    expect(await readBodyText(new Request('http://localhost/x', { method: 'POST', body: 'héllo' }), 100)).toBe('héllo');
    expect(await readBodyText(new Request('http://localhost/x', { method: 'POST' }), 100)).toBe('');
  });

  it('refuses a declared length over the ceiling before reading', async () => {
    const request = new Request('http://localhost/x', { method: 'POST', body: 'x'.repeat(10), headers: { 'content-length': '5000' } });
    await expect(readBodyText(request, 100)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('stops reading a streamed body as soon as it passes the ceiling', async () => {
    const { request, pulled } = streamed(Array.from({ length: 50 }, () => 'x'.repeat(40)));
    await expect(readBodyText(request, 100)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(pulled()).toBeLessThan(10);
  });

  it('reads small forms and refuses big ones', async () => {
    const form = await readSmallForm(new Request('http://localhost/x', { method: 'POST', body: new URLSearchParams({ bookingId: 'b1', return: '/manage/t' }) }));
    expect(Object.fromEntries(form)).toEqual({ bookingId: 'b1', return: '/manage/t' });
    const big = new Request('http://localhost/x', { method: 'POST', body: new URLSearchParams({ notes: 'x'.repeat(20_000) }) });
    await expect(readSmallForm(big)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
