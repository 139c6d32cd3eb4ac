// The worker bundles this module: it must export workflows only (deterministic code, no I/O).
export { ping } from './ping/ping.workflow.ts';
