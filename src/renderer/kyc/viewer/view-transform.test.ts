import { describe, expect, it } from 'vitest';
import { initialView, zoomAt } from './view-transform';

describe('zoomAt', () => {
  it('keeps the point under the pointer still while zooming', () => {
    const anchor = { x: 120, y: -40 };
    const before = { ...initialView, x: 30, y: 10 };
    const after = zoomAt(before, 2, anchor);
    // The content point under the anchor, in unzoomed units, is the same before and after.
    expect((anchor.x - after.x) / after.zoom).toBeCloseTo((anchor.x - before.x) / before.zoom);
    expect((anchor.y - after.y) / after.zoom).toBeCloseTo((anchor.y - before.y) / before.zoom);
    expect(after.zoom).toBe(2);
  });

  it('zooms about the centre when no anchor is given, and keeps the rotation', () => {
    expect(zoomAt({ ...initialView, rotation: 90 }, 1.25)).toEqual({ zoom: 1.25, rotation: 90, x: 0, y: 0 });
  });

  it('stays between a quarter and sixteen times the fitted size', () => {
    expect(zoomAt({ ...initialView, zoom: 15 }, 4).zoom).toBe(16);
    expect(zoomAt({ ...initialView, zoom: 0.3 }, 0.1).zoom).toBe(0.25);
  });
});
