import { Button, Card, Drawer, Tabs } from 'antd';
import { useState } from 'react';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { useChange } from '../../shared/useChange.ts';
import { ShipmentsTable } from '../returns/ShipmentsTable.tsx';
import { ConfirmShipment } from './ConfirmShipment.tsx';
import { InspectionQueue } from './InspectionQueue.tsx';
import { LateArrivals } from './LateArrivals.tsx';
import { warehouseText } from './messages.ts';

function MarkArrived({ shipmentId }: { shipmentId: number }) {
  const m = useMessages(warehouseText);
  const receive = useChange(parts.returns.receiveShipment.mutationOptions());
  return (
    <Button
      size="small"
      loading={receive.pending}
      onClick={() => void receive.run({ shipmentId }).catch(() => undefined)}
    >
      {m.markArrived}
    </Button>
  );
}

/** Old parts coming back: shipments in transit, arrivals to confirm tag by tag (scanned), inspections. */
export default function IncomingReturnsPage() {
  const m = useMessages(warehouseText);
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <Card title={m.incoming}>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'in_transit',
            label: m.inTransit,
            children: <ShipmentsTable status="in_transit" action={(s) => <MarkArrived shipmentId={s.id} />} />,
          },
          {
            key: 'arrived',
            label: m.arrived,
            children: (
              <ShipmentsTable
                status="arrived"
                action={(s) => (
                  <Button size="small" type="primary" onClick={() => setConfirming(s.id)}>
                    {m.confirm}
                  </Button>
                )}
              />
            ),
          },
          { key: 'inspection', label: m.inspection, children: <InspectionQueue /> },
          { key: 'late', label: m.lateArrivals, children: <LateArrivals /> },
        ]}
      />
      <Drawer
        open={confirming !== null}
        width={820}
        title={m.confirm}
        onClose={() => setConfirming(null)}
        destroyOnHidden
      >
        {confirming !== null && <ConfirmShipment shipmentId={confirming} onDone={() => setConfirming(null)} />}
      </Drawer>
    </Card>
  );
}
