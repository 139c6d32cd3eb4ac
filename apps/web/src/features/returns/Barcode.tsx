import { code128, drawingSVG } from 'bwip-js/browser';
import { useMemo } from 'react';

/** A Code 128 barcode as inline SVG (only this symbology is imported, so the rest of bwip-js stays out). */
export function Barcode({ value, label }: { value: string; label: string }) {
  const svg = useMemo(() => {
    try {
      return code128(
        { bcid: 'code128', text: value, scale: 2, height: 12, includetext: true, textxalign: 'center' },
        drawingSVG(),
      );
    } catch {
      return null;
    }
  }, [value]);
  if (!svg) return <code>{value}</code>;
  return <div role="img" aria-label={label} className="barcode" dangerouslySetInnerHTML={{ __html: svg }} />;
}
