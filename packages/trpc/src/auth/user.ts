import { z } from 'zod';

export const roles = ['provider', 'warehouse', 'finance', 'manager', 'admin', 'system'] as const;
export type Role = (typeof roles)[number];

/** Who is calling: the verified claims of the bearer token. */
export const authUserSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(roles),
  providerId: z.string().min(1).optional(),
  warehouseId: z.string().min(1).optional(),
  name: z.string().optional(),
  /** For managers: the approval level they decide at (1 service manager, 2 senior manager, 3 head of service). */
  approvalLevel: z.number().int().min(1).max(9).optional(),
});
export type AuthUser = z.infer<typeof authUserSchema>;

export const tenantRules: Record<Role, (u: AuthUser) => string | null> = {
  provider: (u) => (u.providerId ? null : 'a provider token needs providerId'),
  warehouse: (u) => (u.warehouseId ? null : 'a warehouse token needs warehouseId'),
  finance: () => null,
  manager: () => null,
  admin: () => null,
  system: () => null,
};
