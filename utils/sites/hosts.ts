/**
 * Where the capture content script runs. These are also the only pages the extension can read:
 * it asks for no host permissions beyond them.
 */

/** Sites that sell trainings for the Prakerja balance. */
export const PRAKERJA_PATTERNS = [
  '*://prakerja.go.id/*',
  '*://*.prakerja.go.id/*',
  '*://*.tokopedia.com/kartu-prakerja*',
  '*://*.bukalapak.com/kartu-prakerja*',
  '*://*.pintaria.com/*',
  '*://*.sekolah.mu/*',
  '*://sekolah.mu/*',
  '*://*.pijarmahir.id/*',
  '*://*.maubelajarapa.com/*',
  '*://karier.mu/*',
  '*://*.karier.mu/*',
  '*://*.skillacademy.com/*',
] as const;

/** Learning sites whose courses are the alternatives. */
export const ALTERNATIVE_PATTERNS = [
  '*://*.udemy.com/*',
  '*://*.coursera.org/*',
  '*://*.edx.org/*',
  '*://*.dicoding.com/*',
  '*://*.myskill.id/*',
  '*://myskill.id/*',
  '*://*.classcentral.com/*',
] as const;

export const ALL_HOST_PATTERNS: string[] = [...PRAKERJA_PATTERNS, ...ALTERNATIVE_PATTERNS];
