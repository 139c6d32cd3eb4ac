import { DomainError } from '@sanbao/trpc';
import { describe, expect, it } from 'vitest';
import { readBomCsv, readPartsCsv } from './catalog-csv.ts';

const header = 'code,name_zh,name_en,unit_cost_fen,part_class,returnable,superseded_by';

const errorOf = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
};

describe('catalog CSV', () => {
  it('reads parts, in any column order, with optional supersession', async () => {
    const rows = await readPartsCsv(
      `${header}\nCMP-1,压缩机,Compressor,27300,compressor,true,CMP-2\nCMP-2,压缩机 二代,"Compressor, gen 2",28000,compressor,是,\n`,
    );
    expect(rows).toEqual([
      {
        line: 2,
        code: 'CMP-1',
        nameZh: '压缩机',
        nameEn: 'Compressor',
        unitCostFen: 27300,
        partClass: 'compressor',
        returnable: true,
        supersededBy: 'CMP-2',
      },
      {
        line: 3,
        code: 'CMP-2',
        nameZh: '压缩机 二代',
        nameEn: 'Compressor, gen 2',
        unitCostFen: 28000,
        partClass: 'compressor',
        returnable: true,
        supersededBy: null,
      },
    ]);
    const reordered = await readPartsCsv(
      'returnable,code,superseded_by,name_en,name_zh,part_class,unit_cost_fen\nno,S-1,,Screw,螺丝,fastener,5\n',
    );
    expect(reordered[0]).toMatchObject({ code: 'S-1', returnable: false, unitCostFen: 5 });
  });

  it.each([
    [`${header}\nP-1,名,Name,12.5,c,true,\n`, 'csv.line_2.unit_cost_fen'],
    [`${header}\nP-1,名,Name,-1,c,true,\n`, 'csv.line_2.unit_cost_fen'],
    [`${header}\nP-1,,Name,1,c,true,\n`, 'csv.line_2.name_zh'],
    [`${header}\nP-1,名,Name,1,c,maybe,\n`, 'csv.line_2.returnable'],
    [`${header}\nP-1,名,Name,1,c,true,\nP-1,名,Name,1,c,true,\n`, 'csv.line_3.code'],
    [`${header}\nP-1,名,Name,1,c,true,P-1\n`, 'csv.line_2.superseded_by'],
    [`${header}\nP-1,名,Name,1,c\n`, 'csv.line_2'],
    ['code,name_zh\nP-1,名\n', 'csv.line_1'],
    [`${header}\n`, 'csv'],
    [`${header}\nP-1,名,Name,1,c,true,\nP-2,"门封,Name,1,c,true,\n`, 'csv.line_3'],
    [`${header}\n\nP-1,名,"two\r\nlines",1,c,true,\r\n\r\nP-2,名,Name,x,c,true,\n`, 'csv.line_6.unit_cost_fen'],
  ])('names the line and column at fault (%#)', async (text, field) => {
    const error = await errorOf(() => readPartsCsv(text));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.field).toBe(field);
  });

  it('reads BOM lines and refuses a part listed twice for a model', async () => {
    expect(await readBomCsv('model_code,part_code,quantity,main\nKFR-35,CMP-1,1,true\nKFR-35,S-1,8,\n')).toEqual([
      { line: 2, modelCode: 'KFR-35', partCode: 'CMP-1', quantity: 1, isMain: true },
      { line: 3, modelCode: 'KFR-35', partCode: 'S-1', quantity: 8, isMain: false },
    ]);
    expect((await errorOf(() => readBomCsv('model_code,part_code,quantity,main\nM,P,1,\nM,P,2,\n'))).field).toBe(
      'csv.line_3.part_code',
    );
    expect((await errorOf(() => readBomCsv('model_code,part_code,quantity,main\nM,P,0,\n'))).field).toBe(
      'csv.line_2.quantity',
    );
  });
});
