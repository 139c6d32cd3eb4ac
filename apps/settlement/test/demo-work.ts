import type { LineInputs } from '../src/lines/line-computation.ts';

/** A TV board repair 30 km away with 456.78 yuan of parts: the demo rate card pays 17 904 fen for it. */
export const tvRepair: LineInputs = {
  serviceType: 'C',
  operationCode: 'R-PCB-REPLACE',
  category: 'TV',
  grade: 'A',
  region: 'east',
  oneWayMeters: 30_000,
  partsCostFen: 45_678,
};
