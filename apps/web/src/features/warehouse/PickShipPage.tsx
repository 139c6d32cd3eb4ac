import { Tabs } from 'antd';
import { useMessages } from '../../i18n/locale.tsx';
import PartsRequestsPage from '../provider/PartsRequestsPage.tsx';
import { warehouseText } from './messages.ts';

/** The warehouse's queue: approved requests to reserve, reserved ones to ship with a tracking number. */
export default function PickShipPage() {
  const m = useMessages(warehouseText);
  return (
    <Tabs
      destroyOnHidden
      items={[
        { key: 'approved', label: m.toPick, children: <PartsRequestsPage fixedStatus="approved" title={m.toPick} /> },
        { key: 'reserved', label: m.toShip, children: <PartsRequestsPage fixedStatus="reserved" title={m.toShip} /> },
        { key: 'shipped', label: m.shipped, children: <PartsRequestsPage fixedStatus="shipped" title={m.shipped} /> },
      ]}
    />
  );
}
