import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barcodeFor, readBarcode } from './barcode.ts';

const code = fc.stringMatching(/^[A-Z0-9][A-Z0-9._/-]{0,20}$/);

describe('return tag barcode', () => {
  it('reads back what it wrote', () => {
    const payload = barcodeFor({ tagNumber: 'RT-202611-000001', partCode: 'CMP-1', providerId: 'SP-001' });
    expect(payload).toMatch(/^SB1\|RT-202611-000001\|CMP-1\|SP-001\|\d{2}$/);
    expect(readBarcode(payload)).toEqual({ tagNumber: 'RT-202611-000001', partCode: 'CMP-1', providerId: 'SP-001' });
    expect(readBarcode('RT-202611-000001')).toBeNull();
  });

  it('any single changed character is caught', () => {
    fc.assert(
      fc.property(
        code,
        code,
        fc.nat(),
        fc.constantFrom(...'ABCXYZ0123456789-'),
        (partCode, providerId, at, replacement) => {
          const payload = barcodeFor({ tagNumber: 'RT-202611-000042', partCode, providerId });
          const i = at % (payload.length - 3);
          fc.pre(payload[i] !== replacement && payload[i] !== '|');
          const misread = payload.slice(0, i) + replacement + payload.slice(i + 1);
          expect(readBarcode(misread)).toBeNull();
        },
      ),
    );
  });
});
