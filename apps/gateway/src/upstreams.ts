/** The services behind /api/<service>: name → base URL. */
export type Upstreams = Record<string, string>;

export const upstreamsFrom = (config: {
  WARRANTY_URL: string;
  PARTS_URL: string;
  APPROVALS_URL: string;
  SETTLEMENT_URL: string;
}): Upstreams => ({
  warranty: config.WARRANTY_URL,
  parts: config.PARTS_URL,
  approvals: config.APPROVALS_URL,
  settlement: config.SETTLEMENT_URL,
});
