/** A toggle chip with an optional colour dot and count. Colour never stands alone: the label is always shown. */
import type { ReactNode } from 'react';

export function Chip(props: {
  label: ReactNode;
  pressed: boolean;
  onToggle: () => void;
  count?: number;
  colour?: string;
  disabled?: boolean;
}) {
  const { label, pressed, onToggle, count, colour, disabled } = props;
  return (
    <button type="button" className="chip" aria-pressed={pressed} onClick={onToggle} disabled={disabled}>
      {colour ? <span className="chip-dot" style={{ background: colour }} aria-hidden="true" /> : null}
      <span>{label}</span>
      {count !== undefined ? <span className="chip-count">{count}</span> : null}
    </button>
  );
}

/** An active-filter chip with a remove button. */
export function RemovableChip(props: { label: string; removeLabel: string; onRemove: () => void }) {
  return (
    <span className="active-chip">
      {props.label}
      <button type="button" aria-label={props.removeLabel} onClick={props.onRemove}>
        ×
      </button>
    </span>
  );
}

/** A small industry tag (name always visible, colour as a dot). */
export function IndustryTag(props: { label: string; colour: string }) {
  return (
    <span className="tag">
      <span className="chip-dot" style={{ background: props.colour }} aria-hidden="true" />
      {props.label}
    </span>
  );
}
