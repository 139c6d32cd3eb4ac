import '@ant-design/v5-patch-for-react-19';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { queryClient } from './api/query-client.ts';
import { router } from './app/routes.tsx';
import { LocaleProvider, useLocale } from './i18n/locale.tsx';
import './app/global.css';

function Localized() {
  const { locale } = useLocale();
  // Before the first render, so date pickers and formats start in the chosen language.
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c8161d' } }}>
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <Localized />
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
