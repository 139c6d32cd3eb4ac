import { Form, Input } from 'antd';
import { useMessages } from '../../i18n/locale.tsx';
import { returnText } from './messages.ts';

/** Who carries a shipment and its tracking number: the two fields of every form that ships parts. */
export function CarrierFields() {
  const m = useMessages(returnText);
  return (
    <>
      <Form.Item label={m.carrier} name="carrier" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item label={m.tracking} name="trackingNumber" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
    </>
  );
}
