import { setImmediate as nextTurn } from 'node:timers/promises';
import { parse } from 'csv-parse';

/** One record of a CSV file and the line of the file where it starts (the header is line 1). */
export interface CsvLine {
  line: number;
  fields: string[];
}

/** A file that is not valid CSV, at the line where its faulty record starts. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

// A leading byte-order mark dropped, fields trimmed, blank lines skipped, rows of the wrong width
// left for the caller to name, and CRLF, LF or CR ending any line (files are often pasted together).
const csvOptions = {
  bom: true,
  trim: true,
  skip_empty_lines: true,
  relax_column_count: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  info: true,
};

const lineBreaks = (fields: readonly string[]) => {
  let breaks = 0;
  for (const field of fields)
    if (field.includes('\n') || field.includes('\r')) breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks;
};

/**
 * Reads CSV text with csv-parse, a slice at a time with a turn of the event loop between slices, so
 * a large file does not stall the service's other requests. Line numbers count blank lines and
 * line breaks inside quoted fields (csv-parse's own counter counts a quoted CRLF twice).
 */
export async function readCsvLines(
  text: string,
  { sliceBytes = 128 * 1024 }: { sliceBytes?: number } = {},
): Promise<CsvLine[]> {
  const lines: CsvLine[] = [];
  let nextLine = 1;
  let blankLinesSeen = 0;
  let failure: CsvSyntaxError | undefined;
  const parser = parse(csvOptions);
  parser.on('data', ({ record, info }: { record: string[]; info: { empty_lines: number } }) => {
    const line = nextLine + info.empty_lines - blankLinesSeen;
    blankLinesSeen = info.empty_lines;
    nextLine = line + lineBreaks(record) + 1;
    lines.push({ line, fields: record });
  });
  const settled = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (error) => {
      failure ??= new CsvSyntaxError(nextLine, `the file is not valid CSV from line ${nextLine}: ${error.message}`);
      resolve();
    });
  });
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length && !failure; at += sliceBytes) {
    parser.write(bytes.subarray(at, at + sliceBytes));
    await nextTurn();
  }
  if (!failure) parser.end();
  await settled;
  if (failure) throw failure;
  return lines;
}
