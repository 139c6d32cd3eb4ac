// The worker bundles this module: it must export workflows only (deterministic code, no I/O).
// A change to a workflow that has runs in flight goes behind `patched('<workflow>:<change>')` (old runs
// keep the old path) and keeps the histories in workflows/histories replaying; the first versions of the
// approval workflows need no patch.
export { ping } from './ping/ping.workflow.ts';
export { partsRequestApproval } from './parts-request-approval/parts-request-approval.workflow.ts';
export { claimApproval } from './claim-approval/claim-approval.workflow.ts';
export { oldPartReturn } from './old-part-return/old-part-return.workflow.ts';
export { exceptionsScan } from './exceptions-scan/exceptions-scan.workflow.ts';
export { empty } from './ping/empty.workflow.ts';
export { settlementCycle } from './settlement-cycle/settlement-cycle.workflow.ts';
export { quotaOverrunApproval } from './quota-overrun-approval/quota-overrun-approval.workflow.ts';
export { settlementMonth } from './settlement-cycle/settlement-month.workflow.ts';
