/**
 * The payload printed as a barcode on a return tag: `SB1|<tag number>|<part code>|<provider>|<check>`.
 * The two-digit check (weighted sum mod 97) catches any single mistyped or misread character.
 */
const checkOf = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum + body.charCodeAt(i) * (i + 1)) % 97;
  return String(sum).padStart(2, '0');
};

export function barcodeFor(tag: { tagNumber: string; partCode: string; providerId: string }): string {
  const body = `SB1|${tag.tagNumber}|${tag.partCode}|${tag.providerId}`;
  return `${body}|${checkOf(body)}`;
}

export function readBarcode(payload: string): { tagNumber: string; partCode: string; providerId: string } | null {
  const at = payload.lastIndexOf('|');
  const body = payload.slice(0, at);
  const parts = body.split('|');
  if (at < 0 || parts.length !== 4 || parts[0] !== 'SB1' || checkOf(body) !== payload.slice(at + 1)) return null;
  return { tagNumber: parts[1]!, partCode: parts[2]!, providerId: parts[3]! };
}
