import { describe, expect, it } from 'vitest';
import { isSiteSettings, siteKey } from './site-settings';
import { parseMessage } from '../messaging/messages';

describe('site settings and their messages', () => {
  it('keys by host and validates the shape', () => {
    expect(siteKey('https://www.youm7.com/story/2024/5/13/x')).toBe('www.youm7.com');
    expect(isSiteSettings({ off: true, hidden: ['date'] })).toBe(true);
    expect(isSiteSettings({ off: 'yes', hidden: [] })).toBe(false);
    expect(isSiteSettings({ off: false, hidden: ['colour'] })).toBe(false);
  });

  it('parses the get/set messages and refuses malformed ones', () => {
    expect(parseMessage({ type: 'content:get-site-settings', site: 'example.com' })).toEqual({ type: 'content:get-site-settings', site: 'example.com' });
    expect(parseMessage({ type: 'content:set-site-settings', site: 'example.com', settings: { off: true, hidden: [], extra: 1 } }))
      .toEqual({ type: 'content:set-site-settings', site: 'example.com', settings: { off: true, hidden: [] } });
    expect(parseMessage({ type: 'content:get-site-settings', site: '<script>' })).toBeNull();
    expect(parseMessage({ type: 'content:set-site-settings', site: 'example.com', settings: { off: 1, hidden: [] } })).toBeNull();
  });
});
