import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMode } from '@/utils/parse/mode';

describe('parseMode', () => {
  it.each([
    ['Webinar', 'webinar'],
    ['Daring - Webinar', 'webinar'],
    ['Luring', 'offline'],
    ['Offline', 'offline'],
    ['Luring (Offline) - Kota Bandung', 'offline'],
    ['Tatap Muka', 'offline'],
    ['SPL', 'self-paced'],
    ['Daring - SPL (Self Paced Learning)', 'self-paced'],
    ['Self-paced', 'self-paced'],
    ['Video Pembelajaran', 'self-paced'],
    ['Belajar Mandiri', 'self-paced'],
    ['Daring', 'online'],
    ['Online', 'online'],
    ['Blended', 'blended'],
    ['Hybrid (online + offline)', 'blended'],
    ['Pelatihan Digital Marketing', undefined],
    ['', undefined],
  ])('%s → %s', (text, mode) => {
    expect(parseMode(text)).toBe(mode);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseMode(text);
      }),
    );
  });
});
