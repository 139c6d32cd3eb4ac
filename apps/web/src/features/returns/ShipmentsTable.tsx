import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ShipmentStatus } from '../../api/statuses.ts';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime } from '../../shared/format.ts';
import { useKeyset } from '../../shared/keyset.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { statusColumn } from '../../shared/StatusTag.tsx';
import { returnText } from './messages.ts';

const pageSize = 20;

/** Return shipments with their tracking numbers; the warehouse gets an action column. */
export function ShipmentsTable({
  status,
  action,
}: {
  status?: ShipmentStatus;
  action?: (shipment: { id: number; status: string }) => ReactNode;
}) {
  const m = useMessages(returnText);
  const pager = useKeyset(pageSize);
  const list = useQuery(parts.returns.listShipments.queryOptions({ status, limit: pageSize, beforeId: pager.before }));
  return (
    <KeysetTable
      query={list}
      pager={pager}
      columns={[
        { title: m.shipmentNo, dataIndex: 'shipmentNumber' },
        { title: m.provider, dataIndex: 'providerId' },
        { title: m.warehouse, dataIndex: 'warehouseId' },
        { title: m.carrier, dataIndex: 'carrier' },
        { title: m.tracking, dataIndex: 'trackingNumber' },
        { title: m.tags, key: 'tags', align: 'right', render: (_, s) => s.tags.length },
        { title: m.createdAt, dataIndex: 'createdAt', render: dateTime },
        statusColumn(m.status),
        ...(action
          ? [{ title: '', key: 'action', render: (_: unknown, s: { id: number; status: string }) => action(s) }]
          : []),
      ]}
    />
  );
}
