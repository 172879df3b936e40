import type { KnowledgeBase } from '../knowledge/model.js';
import type { SourceRef } from '../knowledge/schema.js';
import type { CitedSource } from './answer.js';

/**
 * Resolves source references against the registry. Several references to one source become one
 * citation whose locators are joined ("¶8; ¶9"), so a reader sees each source once.
 */
export function citeSources(kb: KnowledgeBase, refs: readonly SourceRef[], limit = Number.POSITIVE_INFINITY): CitedSource[] {
  const byId = new Map<string, CitedSource>();
  for (const ref of refs) {
    const source = kb.sourceById.get(ref.id);
    if (!source || source.excluded) continue;
    const cited = byId.get(ref.id);
    if (cited) {
      // Locators are themselves lists ("§3 item 1; §2 E2"), so merge part by part.
      const parts = cited.locator.split(/;\s*/);
      for (const part of ref.locator.split(/;\s*/)) if (!parts.includes(part)) parts.push(part);
      cited.locator = parts.join('; ');
      continue;
    }
    if (byId.size >= limit) continue;
    byId.set(ref.id, {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      ...(source.url ? { url: source.url } : {}),
      locator: ref.locator,
    });
  }
  return [...byId.values()];
}
