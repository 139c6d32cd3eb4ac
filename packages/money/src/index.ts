export { fenSchema, nonNegativeFenSchema, maxAmountFen, type Fen } from './fen.ts';
export { addFen, subtractFen, multiplyFen, applyBasisPoints, allocateFen } from './arithmetic.ts';
export { formatYuan, parseYuan } from './format.ts';
