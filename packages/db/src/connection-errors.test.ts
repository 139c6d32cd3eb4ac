import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './connection-errors.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database unavailable or statement wrong', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['admin shutdown (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['cannot connect now (57P03)', withCode('57P03', 'the database system is starting up')],
    ['connection failure (08006)', withCode('08006')],
    ['dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['wrapped', Object.assign(new Error('query failed'), { cause: withCode('ECONNRESET') })],
    ['every address refused', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
  ])('%s: unavailable', (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['out of range', withCode('22003', 'value "2147483648" is out of range for type integer')],
    ['NUL in text', withCode('22021', 'invalid byte sequence for encoding "UTF8": 0x00')],
    ['a bug', new TypeError('x is undefined')],
    ['not an error', 'ECONNREFUSED'],
  ])('%s: not unavailable', (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});
