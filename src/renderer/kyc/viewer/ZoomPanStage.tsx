import { Box } from '@mantine/core';
import { useEffect, useRef, useState, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import classes from './viewer.module.css';
import type { ViewControls } from './view-transform';

interface Props {
  /** The content's own size in pixels (an image's natural size, a rendered page's canvas size). */
  width: number;
  height: number;
  controls: ViewControls;
  /** Told how many screen pixels one content pixel takes, so a PDF page can be drawn at that resolution. */
  onDisplayScale?: (scale: number) => void;
  children: ReactNode;
}

/**
 * The viewing area: fits the content, then applies zoom (wheel, towards the pointer), pan (drag)
 * and quarter-turn rotation as one CSS transform, so the pixels are never re-encoded.
 */
export function ZoomPanStage({ width, height, controls, onDisplayScale, children }: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const { view, zoomAt, pan, reset } = controls;

  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    // Wheel zoom must cancel page scrolling, which React's passive wheel listener cannot do.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const anchor = { x: event.clientX - box.left - box.width / 2, y: event.clientY - box.top - box.height / 2 };
      zoomAt(Math.exp(-event.deltaY * 0.0015), anchor);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      observer.disconnect();
      element.removeEventListener('wheel', onWheel);
    };
  }, [zoomAt]);

  const turned = view.rotation % 180 !== 0;
  const fit =
    width > 0 && height > 0 && size.width > 0
      ? Math.min(1, (size.width * 0.96) / (turned ? height : width), (size.height * 0.96) / (turned ? width : height))
      : 0;

  const displayScale = fit * view.zoom;
  useEffect(() => {
    if (displayScale > 0) onDisplayScale?.(displayScale);
  }, [displayScale, onDisplayScale]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    pan(event.clientX - drag.current.x, event.clientY - drag.current.y);
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  // Double-click: a closer look where the pointer is; again, back to the whole document.
  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (view.zoom > 1) return reset();
    const box = event.currentTarget.getBoundingClientRect();
    zoomAt(2.5, { x: event.clientX - box.left - box.width / 2, y: event.clientY - box.top - box.height / 2 });
  };

  return (
    <Box
      ref={stage}
      className={classes.stage}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onDoubleClick}
    >
      <div
        className={classes.content}
        style={{
          width,
          height,
          visibility: fit > 0 ? 'visible' : 'hidden',
          transform: `translate(-50%, -50%) translate(${view.x}px, ${view.y}px) rotate(${view.rotation}deg) scale(${displayScale})`,
        }}
      >
        {children}
      </div>
    </Box>
  );
}
