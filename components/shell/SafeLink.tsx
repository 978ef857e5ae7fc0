import type { ComponentChildren } from 'preact';

/** A link to a course page: only http(s) targets, opened away from the extension page. */
export function SafeLink({ href, children }: { href?: string; children: ComponentChildren }) {
  const safe = href && /^https?:\/\//i.test(href) ? href : undefined;
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
