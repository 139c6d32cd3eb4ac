import { Result } from 'antd';
import { useMessages } from '../../i18n/locale.tsx';
import { common } from '../../shared/messages.ts';

export default function NotFoundPage() {
  const m = useMessages(common);
  return <Result status="404" title="404" subTitle={m.notFound} />;
}
