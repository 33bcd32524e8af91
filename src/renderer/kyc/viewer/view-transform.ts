import { useCallback, useState } from 'react';

/** How a document sits in the viewer: zoom relative to "fit", quarter turns, and a pan offset in screen pixels. */
export interface ViewTransform {
  zoom: number;
  rotation: 0 | 90 | 180 | 270;
  x: number;
  y: number;
}

export const initialView: ViewTransform = { zoom: 1, rotation: 0, x: 0, y: 0 };
const minZoom = 0.25;
const maxZoom = 16;
const step = 1.25;

function clampZoom(zoom: number): number {
  return Math.min(maxZoom, Math.max(minZoom, zoom));
}

/**
 * Zooms by `factor` keeping the point at `anchor` (screen pixels from the stage's centre) still,
 * so wheel zoom goes where the pointer is. Rotation is about the same centre, so it does not matter here.
 */
export function zoomAt(view: ViewTransform, factor: number, anchor = { x: 0, y: 0 }): ViewTransform {
  const zoom = clampZoom(view.zoom * factor);
  const ratio = zoom / view.zoom;
  return { ...view, zoom, x: anchor.x - (anchor.x - view.x) * ratio, y: anchor.y - (anchor.y - view.y) * ratio };
}

/** The viewer's state and the actions its toolbar, wheel, drag and keys share. */
export function useViewTransform() {
  const [view, setView] = useState<ViewTransform>(initialView);
  return {
    view,
    zoomIn: useCallback(() => setView((v) => zoomAt(v, step)), []),
    zoomOut: useCallback(() => setView((v) => zoomAt(v, 1 / step)), []),
    zoomAt: useCallback(
      (factor: number, anchor: { x: number; y: number }) => setView((v) => zoomAt(v, factor, anchor)),
      [],
    ),
    rotate: useCallback(
      () => setView((v) => ({ ...v, rotation: ((v.rotation + 90) % 360) as ViewTransform['rotation'] })),
      [],
    ),
    pan: useCallback((dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy })), []),
    reset: useCallback(() => setView(initialView), []),
  };
}
export type ViewControls = ReturnType<typeof useViewTransform>;
