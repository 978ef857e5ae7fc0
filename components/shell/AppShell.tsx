import type { ComponentChildren } from 'preact';
import { DEFAULT_LANGUAGE, MESSAGES } from '@/utils/i18n';
import type { BandinginDb } from '@/utils/library/db';
import type { Settings } from '@/utils/model';
import { LanguageContext } from '../hooks/i18n-context';
import { useSettings } from '../hooks/use-settings';
import { LanguageSwitch } from './LanguageSwitch';

export interface ShellContext {
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
}

/**
 * Header, language and the privacy line around every extension page. Children may be a function
 * of the loaded settings, rendered once they are read.
 */
export function AppShell({
  db,
  initialSettings,
  children,
}: {
  db: BandinginDb;
  /** Settings already known (the popup gets them from the background) until the live read arrives. */
  initialSettings?: Settings;
  children: ComponentChildren | ((context: ShellContext) => ComponentChildren);
}) {
  const live = useSettings(db);
  const settings = live.settings ?? initialSettings;
  const { update } = live;
  const language = settings?.language ?? DEFAULT_LANGUAGE;
  const t = MESSAGES[language];
  return (
    <LanguageContext.Provider value={language}>
      <div class="app" lang={language}>
        <header class="app-header">
          <div>
            <strong class="brand">{t.appName}</strong>
            <span class="tagline">{t.tagline}</span>
          </div>
          <LanguageSwitch value={language} onChange={(next) => void update({ language: next })} />
        </header>
        <main>
          {typeof children === 'function' ? (
            settings ? (
              children({ settings, update })
            ) : (
              <p class="loading">{t.loading}</p>
            )
          ) : (
            children
          )}
        </main>
        <footer>
          <p class="privacy">{t.privacy}</p>
        </footer>
      </div>
    </LanguageContext.Provider>
  );
}
