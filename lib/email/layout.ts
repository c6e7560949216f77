import { absoluteUrl } from '@/lib/config/app-url';

// A small branded email layout: the same content as HTML (inline styles, one column, one button)
// and as plain text. Plain functions instead of React Email: they run the same in the outbox
// worker, route handlers and tests, and keep react-dom/server out of the server bundle.

export type EmailBrand = { name: string; logoUrl?: string | null };

export type EmailContent = {
  brand: EmailBrand;
  /** Shown first in the inbox list. */
  preheader?: string;
  heading: string;
  greeting?: string;
  paragraphs: string[];
  /** Label and value rows (booking reference, when, where …). */
  details?: Array<[string, string]>;
  /** A picture in the body (the check-in QR code, as a data URL), with a caption the text version keeps. */
  image?: { src: string; alt: string; caption: string };
  /** The one clear next step. */
  action?: { label: string; url: string };
  /** Secondary links under the action ("Add to calendar"). */
  links?: Array<{ label: string; url: string }>;
  /** Small print: who to contact, why they got it, the manage-preferences link. */
  footer?: string[];
  preferencesUrl?: string | null;
};

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderEmail(content: EmailContent): { html: string; text: string } {
  return { html: renderHtml(content), text: renderText(content) };
}

function renderText(c: EmailContent): string {
  const lines: string[] = [];
  if (c.greeting) lines.push(c.greeting, '');
  lines.push(c.heading, '');
  for (const p of c.paragraphs) lines.push(p, '');
  if (c.details?.length) {
    for (const [label, value] of c.details) lines.push(`${label}: ${value}`);
    lines.push('');
  }
  if (c.image) lines.push(c.image.caption, '');
  if (c.action) lines.push(`${c.action.label}:`, c.action.url, '');
  for (const link of c.links ?? []) lines.push(`${link.label}: ${link.url}`);
  if (c.links?.length) lines.push('');
  for (const line of c.footer ?? []) lines.push(line);
  if (c.preferencesUrl) lines.push(`Manage your email preferences: ${c.preferencesUrl}`);
  lines.push('', `— ${c.brand.name}, via Bookwell`);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

function renderHtml(c: EmailContent): string {
  const logoUrl = c.brand.logoUrl ? (/^https?:\/\//.test(c.brand.logoUrl) ? c.brand.logoUrl : absoluteUrl(c.brand.logoUrl)) : null;
  const logo = logoUrl
    ? `<img src="${escape(logoUrl)}" alt="${escape(c.brand.name)}" height="48" style="display:block;max-height:48px;border:0">`
    : `<span style="font-size:20px;font-weight:700;color:#0f172a">${escape(c.brand.name)}</span>`;
  const details = c.details?.length
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;margin:16px 0;border-collapse:collapse">${c.details
        .map(([label, value]) => `<tr><th align="left" style="padding:6px 12px 6px 0;color:#475569;font-weight:600;vertical-align:top;white-space:nowrap">${escape(label)}</th><td style="padding:6px 0;color:#0f172a">${escape(value)}</td></tr>`)
        .join('')}</table>`
    : '';
  const image = c.image
    ? `<p style="margin:16px 0 4px;text-align:center"><img src="${escape(c.image.src)}" alt="${escape(c.image.alt)}" width="200" height="200" style="display:inline-block;border:0"></p><p style="margin:0 0 16px;text-align:center;font-size:14px;color:#475569">${escape(c.image.caption)}</p>`
    : '';
  const action = c.action
    ? `<p style="margin:24px 0"><a href="${escape(c.action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escape(c.action.label)}</a></p><p style="font-size:12px;color:#64748b;word-break:break-all">Or open ${escape(c.action.url)}</p>`
    : '';
  const links = c.links?.length
    ? `<p style="margin:0 0 16px;font-size:14px">${c.links.map((l) => `<a href="${escape(l.url)}" style="color:#1d4ed8">${escape(l.label)}</a>`).join(' · ')}</p>`
    : '';
  const footer = [...(c.footer ?? []).map(escape), ...(c.preferencesUrl ? [`<a href="${escape(c.preferencesUrl)}" style="color:#475569">Manage your email preferences</a>`] : [])]
    .map((line) => `<p style="margin:4px 0">${line}</p>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(c.heading)}</title></head>
<body style="margin:0;background:#f1f5f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
${c.preheader ? `<div style="display:none;max-height:0;overflow:hidden">${escape(c.preheader)}</div>` : ''}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 24px 0">${logo}</td></tr>
<tr><td style="padding:8px 24px 24px;color:#0f172a">
${c.greeting ? `<p>${escape(c.greeting)}</p>` : ''}
<h1 style="font-size:22px;margin:16px 0">${escape(c.heading)}</h1>
${c.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${details}
${image}
${action}
${links}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;font-size:13px;color:#64748b">${footer}<p style="margin:4px 0">${escape(c.brand.name)}, via Bookwell</p></td></tr>
</table></td></tr></table></body></html>`;
}
