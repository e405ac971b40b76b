/** Derived values of the site editor (editor-slice.ts), computed with lib/site-draft.ts; never stored. */
import { useMemo } from 'react';
import { useAppStore } from './index.ts';
import { BOUNDARY, PARKS, PARK_BY_ID, TOWNS } from '../data/index.ts';
import { toParkFeature, type ParkFeature } from '../lib/patch.ts';
import type { Park } from '../lib/parks.ts';
import type { Region } from '../lib/region.ts';
import {
  checkDraft,
  draftFromPark,
  draftRegion,
  type DraftCheck,
  type DraftEntry,
  type PlaceContext,
  type SiteDraft,
} from '../lib/site-draft.ts';

/** The district and the towns, as drafts and patches are checked against them. */
export const PLACE_CONTEXT: PlaceContext = { district: BOUNDARY.features[0]!.geometry, towns: TOWNS.features };

/** Every park as a feature of data/parks.geojson: what a patch is checked and summarised against (lib/patch.ts). */
export const PARK_FEATURES: readonly ParkFeature[] = PARKS.map((p) => toParkFeature(p, p.coordinates));

/** The park the editor is on, its draft (the data's until edited), the draft's check and placement region. */
export type EditorTarget = {
  park: Park;
  entry: DraftEntry | undefined;
  draft: SiteDraft;
  check: DraftCheck;
  region: Region;
};

/** The editor's park with its draft, or null while the editor is closed or no park is chosen. */
export function useEditorTarget(): EditorTarget | null {
  const open = useAppStore((s) => s.editorOpen);
  const id = useAppStore((s) => s.editorParkId);
  const entry = useAppStore((s) => (id ? s.drafts[id] : undefined));
  return useMemo(() => {
    const park = open && id ? PARK_BY_ID.get(id) : undefined;
    if (!park) return null;
    const draft = entry?.draft ?? draftFromPark(park, '');
    return {
      park,
      entry,
      draft,
      check: checkDraft(draft, park, PLACE_CONTEXT),
      region: draftRegion(draft, park, PLACE_CONTEXT),
    };
  }, [open, id, entry]);
}
