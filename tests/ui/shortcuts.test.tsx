import { describe, expect, it, vi } from 'vitest';
import { renderHook, act } from '@testing-library/react';
import { SHORTCUT_LEVEL, useShortcuts, type ShortcutLevel } from '../../src/ui/use-shortcuts.ts';

const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(e);
  });
  return e;
};

function bind(level: ShortcutLevel, active = true, opts?: { skipFields?: boolean }) {
  const escape = vi.fn();
  const hook = renderHook(({ on }) => useShortcuts(level, on, { Escape: escape }, opts), {
    initialProps: { on: active },
  });
  return { escape, hook };
}

describe('one shortcut layer: each key press goes to one binding', () => {
  it('Escape goes to the highest level only, whatever the order the bindings were made in', () => {
    const overlay = bind(SHORTCUT_LEVEL.overlay);
    const selection = bind(SHORTCUT_LEVEL.selection);
    const tool = bind(SHORTCUT_LEVEL.tool);
    press('Escape');
    expect(overlay.escape).toHaveBeenCalledTimes(1);
    expect(tool.escape).not.toHaveBeenCalled();
    expect(selection.escape).not.toHaveBeenCalled();
    // The overlay closes: the next Escape reaches the tool, then the selection.
    overlay.hook.rerender({ on: false });
    press('Escape');
    expect(tool.escape).toHaveBeenCalledTimes(1);
    tool.hook.unmount();
    press('Escape');
    expect(selection.escape).toHaveBeenCalledTimes(1);
    selection.hook.unmount();
    overlay.hook.unmount();
  });

  it('within a level, the binding activated last answers', () => {
    const a = bind(SHORTCUT_LEVEL.panel);
    const b = bind(SHORTCUT_LEVEL.panel);
    press('Escape');
    expect(b.escape).toHaveBeenCalledTimes(1);
    expect(a.escape).not.toHaveBeenCalled();
    // Re-activating the first puts it on top again.
    a.hook.rerender({ on: false });
    a.hook.rerender({ on: true });
    press('Escape');
    expect(a.escape).toHaveBeenCalledTimes(1);
    a.hook.unmount();
    b.hook.unmount();
  });

  it('leaves alone a key a control already handled, and keys typed in a field when asked to', () => {
    const top = bind(SHORTCUT_LEVEL.presentation, true, { skipFields: true });
    const below = bind(SHORTCUT_LEVEL.selection);
    const input = document.body.appendChild(document.createElement('input'));
    input.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
    press('Escape', input);
    expect(top.escape).not.toHaveBeenCalled();
    expect(below.escape).not.toHaveBeenCalled();
    // In a text field the presentation lets the key through to the level below.
    press('Escape', input);
    expect(top.escape).not.toHaveBeenCalled();
    expect(below.escape).toHaveBeenCalledTimes(1);
    // A checkbox is not a text field.
    const box = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'checkbox' }));
    press('Escape', box);
    expect(top.escape).toHaveBeenCalledTimes(1);
    input.remove();
    box.remove();
    top.hook.unmount();
    below.hook.unmount();
  });

  it('uses the latest handlers without rebinding, and removes its one listener when nothing is bound', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const calls: string[] = [];
    const hook = renderHook(({ n }) => useShortcuts(SHORTCUT_LEVEL.overlay, true, { Escape: () => calls.push(n) }), {
      initialProps: { n: 'first' },
    });
    hook.rerender({ n: 'second' });
    press('Escape');
    expect(calls).toEqual(['second']);
    expect(add.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1);
    hook.unmount();
    expect(remove.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1);
    press('Escape');
    expect(calls).toEqual(['second']);
    add.mockRestore();
    remove.mockRestore();
  });
});
