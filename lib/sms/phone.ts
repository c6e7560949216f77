/**
 * A phone number in E.164 (+ country code, up to 15 digits), as SMS providers want it, from what
 * people type ("+44 7700 900000", "+1 (415) 555-0100", "0044 …"); null when it is not one.
 * Numbers without a country code are refused rather than guessed.
 */
export function toE164(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.trim().replace(/[\s().-]/g, '');
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  return /^\+[1-9]\d{6,14}$/.test(text) ? text : null;
}
