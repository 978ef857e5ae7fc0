import type { Language } from '@/utils/model';
import { useMessages } from '../hooks/i18n-context';

const LABELS: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function LanguageSwitch({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  const t = useMessages();
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t.language}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value as Language)}>
        {(Object.keys(LABELS) as Language[]).map((language) => (
          <option key={language} value={language}>
            {LABELS[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
