import { Segmented } from 'antd';
import { useLocale, type Locale } from './locale.tsx';

/** One click to the other language; labels are each language's own name. */
export function LocaleSwitch() {
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      aria-label="语言 / Language"
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
