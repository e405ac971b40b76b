/**
 * The app's one keyboard-shortcut layer. Every global key binding (Escape closing what is open, the presentation's
 * arrow keys) registers here instead of adding its own window listener, and one listener hands each key press to ONE
 * binding: the highest level that binds the key, and within a level the one activated last. So Escape closes one thing
 * at a time, from the top: the presentation, then an overlay (the comparison), then a header panel or menu, then a
 * map tool (measuring), then the selection.
 *
 * A key press that a control already handled (`defaultPrevented`, e.g. a combobox clearing itself on Escape) or that
 * is part of an IME composition is left alone.
 */
import { useEffect, useRef } from 'react';

/** Who answers a key first when several bindings are active: the higher level. */
export const SHORTCUT_LEVEL = {
  selection: 0,
  tool: 1,
  panel: 2,
  overlay: 3,
  presentation: 4,
} as const;
export type ShortcutLevel = (typeof SHORTCUT_LEVEL)[keyof typeof SHORTCUT_LEVEL];

/** Handlers by `KeyboardEvent.key`. */
export type Keymap = Partial<Record<string, (e: KeyboardEvent) => void>>;

type Binding = {
  level: number;
  /** Activation order, for ties within a level. */
  seq: number;
  keymap: () => Keymap;
  /** Keys typed in a text field, list box or select are left to the field. */
  skipFields: boolean;
};

const bindings = new Set<Binding>();
let nextSeq = 0;

const isField = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest('input:not([type=checkbox]):not([type=radio]):not([type=range]), select, textarea') !== null;

/** The binding that gets `e`, or null: highest level first, then the latest activated. Exported for tests. */
export function bindingFor(e: KeyboardEvent): ((e: KeyboardEvent) => void) | null {
  let best: { b: Binding; handler: (e: KeyboardEvent) => void } | null = null;
  for (const b of bindings) {
    const handler = b.keymap()[e.key];
    if (!handler || (b.skipFields && isField(e.target))) continue;
    if (!best || b.level > best.b.level || (b.level === best.b.level && b.seq > best.b.seq)) best = { b, handler };
  }
  return best?.handler ?? null;
}

function onKeyDown(e: KeyboardEvent) {
  if (e.defaultPrevented || e.isComposing) return;
  bindingFor(e)?.(e);
}

function add(b: Binding): () => void {
  if (bindings.size === 0) window.addEventListener('keydown', onKeyDown);
  bindings.add(b);
  return () => {
    bindings.delete(b);
    if (bindings.size === 0) window.removeEventListener('keydown', onKeyDown);
  };
}

/**
 * Binds `keymap` at `level` while `active` is true (the handlers may change on every render; the latest are used).
 * `skipFields` leaves keys typed in text fields and selects to them.
 */
export function useShortcuts(
  level: ShortcutLevel,
  active: boolean,
  keymap: Keymap,
  { skipFields = false }: { skipFields?: boolean } = {},
): void {
  const ref = useRef(keymap);
  ref.current = keymap;
  useEffect(() => {
    if (!active) return;
    return add({ level, seq: nextSeq++, keymap: () => ref.current, skipFields });
  }, [active, level, skipFields]);
}
