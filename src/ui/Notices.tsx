/** Small dismissible notices at the top of the map. */
export function Notices(props: {
  items: { id: number; text: string }[];
  dismissLabel: string;
  onDismiss: (id: number) => void;
}) {
  if (!props.items.length) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {props.items.map((n) => (
        <div key={n.id} className="notice">
          <span>{n.text}</span>
          <button type="button" aria-label={props.dismissLabel} onClick={() => props.onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
