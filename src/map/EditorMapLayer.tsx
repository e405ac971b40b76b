/**
 * Inside <Map>: the site editor's park (issue 13). Its code (EditorMapContent.tsx, with the draft checks) loads when the
 * editor opens (`?edit=1` or a park card's button); until then this draws nothing.
 */
import { useAppStore } from '../store/index.ts';
import { Deferred, lazyNamed } from '../ui/Deferred.tsx';

const EditorMapContent = lazyNamed(() => import('./EditorMapContent.tsx').then((m) => m.EditorMapContent));

export function EditorMapLayer() {
  const open = useAppStore((s) => s.editorOpen);
  // Nothing to show while it loads: the editor panel in the sidebar says it is loading.
  return open ? (
    <Deferred pending={null} failed={null}>
      <EditorMapContent />
    </Deferred>
  ) : null;
}
