import { describe, expect, it, vi } from 'vitest';
import { hostTag, refuseUntrusted } from './shadow-ui';

describe('in-page UI against a page\'s script', () => {
  it('stops made-up clicks and changes at the shadow root, and lets a person\'s through', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    root.append(button, box);
    refuseUntrusted(root);
    const save = vi.fn();
    const toggle = vi.fn();
    button.addEventListener('click', save);
    box.addEventListener('change', toggle);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(save).not.toHaveBeenCalled();
    expect(toggle).not.toHaveBeenCalled();
    // The browser marks a person's events trusted: those reach the handler.
    const real = new MouseEvent('click', { bubbles: true, composed: true });
    Object.defineProperty(real, 'isTrusted', { value: true });
    button.dispatchEvent(real);
    expect(save).toHaveBeenCalledTimes(1);
    host.remove();
  });

  it('names hosts with a part the page cannot know in advance', () => {
    expect(hostTag('qusasat-card')).toMatch(/^qusasat-card-x[0-9a-z]{12}$/);
  });
});
