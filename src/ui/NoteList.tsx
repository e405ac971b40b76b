/** A short list of notes (e.g. what a transit figure leaves out); nothing when there are none. */
export function NoteList({ notes }: { notes: readonly string[] }) {
  if (!notes.length) return null;
  return (
    <ul className="transit-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
