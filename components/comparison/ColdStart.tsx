import type { SearchLink } from '@/utils/compare/cold-start';
import { useMessages } from '../hooks/i18n-context';

/** No alternative stored yet: one-click searches on the alternative sites, with matcher keywords. */
export function ColdStart({ links }: { links: readonly SearchLink[] }) {
  const t = useMessages();
  return (
    <section class="cold-start" role="status">
      <p>
        <strong>{t.noMatch}</strong> {t.noMatchBody}
      </p>
      <ul class="search-links">
        {links.map((link) => (
          <li key={link.site}>
            <a href={link.url} target="_blank" rel="noopener noreferrer" data-site={link.site}>
              {t.searchOn(link.label)} <span class="muted">“{link.query}”</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
