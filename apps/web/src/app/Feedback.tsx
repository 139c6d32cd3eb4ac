import { App as AntApp } from 'antd';
import { Outlet } from 'react-router';

/** antd's App (toasts after a change) for the pages that change things; the dashboard only reads. */
export default function Feedback() {
  return (
    <AntApp component={false}>
      <Outlet />
    </AntApp>
  );
}
