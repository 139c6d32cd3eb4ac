import { badRequest } from '@sanbao/trpc';
import type { PartTable } from '../schema.ts';
import { CsvSyntaxError, readCsvLines, type CsvLine } from './csv-lines.ts';

export const partsCsvColumns = [
  'code',
  'name_zh',
  'name_en',
  'unit_cost_fen',
  'part_class',
  'returnable',
  'superseded_by',
] as const;
export const bomCsvColumns = ['model_code', 'part_code', 'quantity', 'main'] as const;

/** A part as the CSV and the API give it: the table's columns without the ones the database fills. */
export type PartRow = Omit<PartTable, 'id' | 'createdAt' | 'updatedAt'>;

export interface BomRow {
  line: number;
  modelCode: string;
  partCode: string;
  quantity: number;
  isMain: boolean;
}

/**
 * Field readers, hand-written: a zod object per row costs noticeably more on a 50k-line file.
 * Each returns the value or throws the message for its column.
 */
class FieldError extends Error {}
const fail = (message: string): never => {
  throw new FieldError(message);
};
const codePattern = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const flags = new Map([
  ['true', true],
  ['1', true],
  ['yes', true],
  ['y', true],
  ['是', true],
  ['false', false],
  ['0', false],
  ['no', false],
  ['n', false],
  ['否', false],
]);

const read = {
  code: (text: string, max = 40) => {
    const v = text.trim();
    if (!v) return fail('is required');
    if (v.length > max) return fail(`must be at most ${max} characters`);
    return codePattern.test(v) ? v : fail('letters, digits and . _ / - only');
  },
  text: (text: string, max: number) => {
    const v = text.trim();
    if (!v) return fail('is required');
    return v.length <= max ? v : fail(`must be at most ${max} characters`);
  },
  wholeNumber: (text: string, min: number, max: number) => {
    const v = text.trim();
    if (!/^-?\d+$/.test(v)) return fail('must be a whole number');
    const n = Number(v);
    if (n < min) return fail(min === 0 ? 'cannot be negative' : `must be at least ${min}`);
    return n <= max ? n : fail(`must be at most ${max}`);
  },
  flag: (text: string, whenEmpty?: boolean) => {
    const v = text.trim().toLowerCase();
    if (v === '' && whenEmpty !== undefined) return whenEmpty;
    return flags.get(v) ?? fail('must be true or false');
  },
};

function readColumns<T>(
  line: number,
  values: (column: string) => string,
  readers: { [K in keyof T]: [column: string, reader: (text: string) => T[K]] },
): T {
  const out = {} as T;
  for (const name of Object.keys(readers) as (keyof T)[]) {
    const [column, reader] = readers[name];
    try {
      out[name] = reader(values(column));
    } catch (error) {
      if (error instanceof FieldError) throw badRequest(csvField(line, column), error.message);
      throw error;
    }
  }
  return out;
}

/** Errors name the CSV line and column, e.g. `csv.line_12.unit_cost_fen`. */
export const csvField = (line: number, column?: string) => `csv.line_${line}${column ? `.${column}` : ''}`;

async function readTable(
  text: string,
  columns: readonly string[],
): Promise<{ record: CsvLine; values: (column: string) => string }[]> {
  let records: CsvLine[];
  try {
    records = await readCsvLines(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw badRequest(csvField(error.line), error.message);
    throw error;
  }
  const [header, ...body] = records;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const missing = columns.filter((c) => !names.includes(c));
  if (!header || missing.length > 0)
    throw badRequest(csvField(1), `the header needs the columns ${columns.join(', ')} (missing ${missing.join(', ')})`);
  if (body.length === 0) throw badRequest('csv', 'the file has a header but no rows');
  const index = new Map(columns.map((c) => [c, names.indexOf(c)]));
  return body.map((record) => {
    if (record.fields.length !== names.length) {
      throw badRequest(csvField(record.line), `has ${record.fields.length} fields, the header has ${names.length}`);
    }
    return { record, values: (column: string) => record.fields[index.get(column)!] ?? '' };
  });
}

export async function readPartsCsv(text: string): Promise<(PartRow & { line: number })[]> {
  const seen = new Map<string, number>();
  return (await readTable(text, partsCsvColumns)).map(({ record, values }) => {
    const part = readColumns<PartRow>(record.line, values, {
      code: ['code', (v) => read.code(v)],
      nameZh: ['name_zh', (v) => read.text(v, 200)],
      nameEn: ['name_en', (v) => read.text(v, 200)],
      unitCostFen: ['unit_cost_fen', (v) => read.wholeNumber(v, 0, Number.MAX_SAFE_INTEGER)],
      partClass: ['part_class', (v) => read.text(v, 40)],
      returnable: ['returnable', (v) => read.flag(v)],
      supersededBy: ['superseded_by', (v) => (v.trim() === '' ? null : read.code(v))],
    });
    const first = seen.get(part.code);
    if (first !== undefined)
      throw badRequest(csvField(record.line, 'code'), `${part.code} is already on line ${first}`);
    seen.set(part.code, record.line);
    if (part.supersededBy === part.code)
      throw badRequest(csvField(record.line, 'superseded_by'), 'a part cannot supersede itself');
    return { line: record.line, ...part };
  });
}

export async function readBomCsv(text: string): Promise<BomRow[]> {
  const seen = new Map<string, number>();
  return (await readTable(text, bomCsvColumns)).map(({ record, values }) => {
    const row = readColumns<Omit<BomRow, 'line'>>(record.line, values, {
      modelCode: ['model_code', (v) => read.code(v, 64)],
      partCode: ['part_code', (v) => read.code(v)],
      quantity: ['quantity', (v) => read.wholeNumber(v, 1, 100_000)],
      isMain: ['main', (v) => read.flag(v, false)],
    });
    const key = `${row.modelCode}\u0000${row.partCode}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw badRequest(
        csvField(record.line, 'part_code'),
        `${row.partCode} is already in model ${row.modelCode} on line ${first}`,
      );
    seen.set(key, record.line);
    return { line: record.line, ...row };
  });
}
