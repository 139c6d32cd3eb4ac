import { Result } from 'antd';
import { useMessages } from '../../i18n/locale.tsx';
import { common } from '../../shared/messages.ts';

export default function ForbiddenPage() {
  const m = useMessages(common);
  return <Result status="403" title="403" subTitle={m.forbidden} />;
}
