import type { Selectable } from '@sanbao/db';
import type { WarehouseTable } from '../schema.ts';

export const warehouseView = (w: Pick<Selectable<WarehouseTable>, 'id' | 'name' | 'kind' | 'region'>) => ({
  id: w.id,
  name: w.name,
  kind: w.kind,
  region: w.region,
});
