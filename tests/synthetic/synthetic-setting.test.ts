/** SYNTHETIC (src/lib/settings.ts): the one setting that marks a build of the synthetic corpus. */
import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../src/lib/settings.ts';

describe('the SYNTHETIC setting', () => {
  it('is off unless asked for', () => {
    expect(siteSettings({}).synthetic).toBe(false);
    expect(siteSettings({ SYNTHETIC: '0' }).synthetic).toBe(false);
    expect(siteSettings({ SYNTHETIC: '' }).synthetic).toBe(false);
  });

  it('is on for 1 or true', () => {
    expect(siteSettings({ SYNTHETIC: '1' }).synthetic).toBe(true);
    expect(siteSettings({ SYNTHETIC: 'true' }).synthetic).toBe(true);
  });

  it('stops on anything else rather than guess whether a build is publishable', () => {
    expect(() => siteSettings({ SYNTHETIC: 'yes please' })).toThrow(/SYNTHETIC must be 1 or 0/);
  });
});
