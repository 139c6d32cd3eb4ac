import { TRPCClientError } from '@trpc/client';
import { describe, expect, test } from 'vitest';
import { applyFieldErrors, fieldErrorsOf, formPath } from './errors.ts';

const badRequest = (fieldErrors: { path: string; message: string }[]) =>
  TRPCClientError.from({
    error: { message: 'bad', code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors } },
  } as never);

describe('server field errors land on the form field they name', () => {
  test('dotted paths become form name paths with numeric indexes', () => {
    expect(formPath('lines.0.partCode')).toEqual(['lines', 0, 'partCode']);
    expect(formPath('claimId')).toEqual(['claimId']);
  });

  test('errors on known fields are set on the form; the rest are returned for an alert', () => {
    const set: unknown[] = [];
    const error = badRequest([
      { path: 'claimId', message: 'is required for warranty parts' },
      { path: 'lines.1.partCode', message: 'is already on line 0' },
    ]);
    const rest = applyFieldErrors({ setFields: (f) => set.push(...f) }, error, (p) => p[0] === 'claimId');
    expect(set).toEqual([{ name: ['claimId'], errors: ['is required for warranty parts'] }]);
    expect(rest).toEqual([{ path: 'lines.1.partCode', message: 'is already on line 0' }]);
  });

  test('anything that is not a service error names no field', () => {
    expect(fieldErrorsOf(new Error('network down'))).toEqual([]);
  });
});
