import { Result } from 'antd';
import { useUser } from '../../auth/AuthProvider.tsx';
import { defineMessages, useMessages } from '../../i18n/locale.tsx';

const text = defineMessages(
  { welcome: '欢迎，{name}', soon: '此角色的页面即将上线' },
  { welcome: 'Welcome, {name}', soon: 'Pages for this role are coming' },
);

/** Finance's and admins' pages plug into the shell here later. */
export default function HomePage() {
  const user = useUser();
  const m = useMessages(text);
  return <Result status="info" title={m.welcome.replace('{name}', user.displayName)} subTitle={m.soon} />;
}
