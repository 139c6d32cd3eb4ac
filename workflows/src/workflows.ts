// The worker bundles this module: it must export workflows only (deterministic code, no I/O).
export { ping } from './ping/ping.workflow.ts';
export { partsRequestApproval } from './parts-request-approval/parts-request-approval.workflow.ts';
export { claimApproval } from './claim-approval/claim-approval.workflow.ts';
export { oldPartReturn } from './old-part-return/old-part-return.workflow.ts';
