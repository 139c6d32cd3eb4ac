import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Locale = 'zh-CN' | 'en';
const storageKey = 'sanbao.locale';

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(storageKey);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'zh-CN', setLocale: () => {} });

/** zh-CN first; the choice is remembered in this browser. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, set] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    document.documentElement.lang = next;
    set(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export const useLocale = () => useContext(LocaleContext);

/** A feature's dictionary: the same keys in both languages, checked by the compiler. */
export type Dictionary<K extends string> = Record<Locale, Record<K, string>>;

export const defineMessages = <K extends string>(zh: Record<K, string>, en: Record<K, string>): Dictionary<K> => ({
  'zh-CN': zh,
  en,
});

export function useMessages<K extends string>(dictionary: Dictionary<K>): Record<K, string> {
  return dictionary[useLocale().locale];
}

/** "{n} days" → "3 days" */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
