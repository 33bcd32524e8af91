import type { ComponentType, ReactNode } from 'react';

/** A screen area of the app: its place in the sidebar and its routes. */
export interface Feature {
  label: string;
  /** Where the sidebar link goes; also the prefix of the feature's routes. */
  path: string;
  icon: ComponentType<{ size?: number | string; stroke?: number }>;
  /** Key that, with Alt, jumps to this feature (shown in the sidebar tooltip). */
  key: string;
  routes: ReactNode;
  /** What waits in the feature, shown beside its sidebar link (a count badge: `NavCount`). */
  badge?: ComponentType;
}
