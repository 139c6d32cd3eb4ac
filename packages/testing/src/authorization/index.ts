export {
  describeAuthorizationMatrix,
  access,
  type AccessMatrix,
  type AccessRow,
  type TenantCase,
  type MatrixTarget,
} from './matrix.ts';
