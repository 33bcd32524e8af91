export interface KeyValue {
  key: string;
  value: string;
}

/** How many more entries may be added now, given seed 003's per-update and total limits. */
export function addAllowance(
  entries: readonly KeyValue[],
  storedKeys: ReadonlySet<string>,
  limits: { perUpdate: number; total: number },
): { allowed: number; added: number; reason: string | null } {
  const added = entries.filter((entry) => !storedKeys.has(entry.key.trim().toLowerCase())).length;
  const byTotal = limits.total - entries.length;
  const byUpdate = limits.perUpdate - added;
  const allowed = Math.max(0, Math.min(byTotal, byUpdate));
  let reason: string | null = null;
  if (byTotal <= 0) reason = `All ${limits.total} used; remove one to add another`;
  else if (byUpdate <= 0) {
    reason = `${added} new entries added in this update, the most allowed at once; save, then add the rest`;
  }
  return { allowed, added, reason };
}
