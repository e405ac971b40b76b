/** A park's industries as tags in the reader's language, each with its group colour (the colour never stands alone). */
import { INDUSTRY_BY_ID } from '../../data/index.ts';
import type { Lang } from '../../lib/format.ts';
import { groupOf } from '../../lib/industry-groups.ts';
import { IndustryTag } from '../../ui/Chip.tsx';

/** One tag per industry id (an unknown id is shown as itself); `wrap` wraps each tag, e.g. to mark shared ones. */
export function IndustryTags({
  ids,
  lang,
  wrap,
}: {
  ids: readonly string[];
  lang: Lang;
  wrap?: (id: string, tag: React.ReactNode) => React.ReactNode;
}) {
  return (
    <>
      {ids.map((id) => {
        const tag = <IndustryTag key={id} label={INDUSTRY_BY_ID.get(id)?.[lang] ?? id} colour={groupOf(id).colour} />;
        return wrap ? wrap(id, tag) : tag;
      })}
    </>
  );
}
