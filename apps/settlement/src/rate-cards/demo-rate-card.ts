import type { RateCard } from './rate-card.ts';

/**
 * A small, realistic rate card: the one the demo starts with and the tests compute by hand. Amounts in
 * fen: labor 60 yuan an hour for a grade-A provider in the east, the first 15 km free, then 1.50 yuan a
 * km to 50 km and 1 yuan a km beyond, capped at 120 yuan; 8 % handling on parts.
 */
export const demoRateCard: RateCard = {
  laborRates: [
    { grade: 'A', region: 'east', fenPerHour: 6000 },
    { grade: 'B', region: 'east', fenPerHour: 4800 },
    { grade: 'C', region: 'east', fenPerHour: 4806 },
    { grade: 'A', region: 'west', fenPerHour: 5400 },
  ],
  standardTimes: [
    { operationCode: 'R-PCB-REPLACE', category: 'TV', minutes: 90 },
    { operationCode: 'R-DIAG', category: 'TV', minutes: 25 },
    { operationCode: 'R-COMPRESSOR', category: 'AC', minutes: 150 },
  ],
  travel: {
    bands: [
      { fromKm: 0, fenPerKm: 0 },
      { fromKm: 15, fenPerKm: 150 },
      { fromKm: 50, fenPerKm: 100 },
    ],
    capFen: 12_000,
  },
  partsHandlingBp: 800,
  serviceTypes: {
    B: { pays: ['labor', 'travel', 'parts_handling', 'fixed_fee'], fixedFeeFen: 2000 },
    C: { pays: ['labor', 'travel', 'parts_handling', 'fixed_fee'], fixedFeeFen: 3000 },
    D: { pays: ['labor', 'fixed_fee'], fixedFeeFen: 1000 },
  },
};
