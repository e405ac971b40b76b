/** A small horizontal bar of an area to a shared scale (max = the largest park). */
export function AreaBar(props: { valueM2: number; maxM2: number; label: string }) {
  const pct = Math.max(2, Math.min(100, (props.valueM2 / props.maxM2) * 100));
  return (
    <span className="area-bar" role="img" aria-label={props.label}>
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}
