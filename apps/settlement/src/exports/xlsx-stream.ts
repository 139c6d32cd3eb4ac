import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width?: number }[];
  /** Rows in pages: each page is written and committed before the next is read, so memory stays flat. */
  rows: () => AsyncIterable<Record<string, unknown>[]>;
}

/** An XLSX workbook written as it is sent: a web stream for a Response body. */
export function streamWorkbook(sheets: SheetSpec[], onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  void (async () => {
    for (const spec of sheets) {
      const sheet = workbook.addWorksheet(spec.name);
      sheet.columns = spec.columns;
      for await (const page of spec.rows()) for (const row of page) sheet.addRow(row).commit();
      sheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => {
    onError(error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
