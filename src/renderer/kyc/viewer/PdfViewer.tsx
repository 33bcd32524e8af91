import { Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { ToolButton, ViewerToolbar, viewerShortcuts } from './ViewerToolbar';
import { ZoomPanStage } from './ZoomPanStage';
import type { ViewControls } from './view-transform';

interface Props {
  url: string;
  controls: ViewControls;
  onOpened: () => void;
  onError: () => void;
}

/** A page's size on the stage, in content pixels; the canvas behind it is drawn at screen resolution. */
const pageWidth = 1000;
/** Largest canvas side drawn, to keep memory bounded at high zoom. */
const maxCanvasSide = 6000;

/**
 * A PDF drawn by pdf.js one page at a time, with page navigation (buttons, PageUp / PageDown).
 * Each page is redrawn for the zoom it is shown at, so text stays sharp instead of being scaled.
 */
export function PdfViewer({ url, controls, onOpened, onError }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [drawnPage, setDrawnPage] = useState(0);
  const [displayScale, setDisplayScale] = useState(1);
  const [resolution] = useDebouncedValue(Math.ceil(displayScale * window.devicePixelRatio * 4) / 4, 120);

  useEffect(() => {
    const task = openPdf(url);
    task.promise.then(setPdf, () => onError());
    return () => {
      void task.destroy();
    };
  }, [url, onError]);

  useEffect(() => {
    const target = canvas.current;
    if (!pdf || !target) return;
    let cancelled = false;
    let render: { cancel(): void } | null = null;
    void pdf.getPage(pageNumber).then(async (page) => {
      if (cancelled) return;
      const base = page.getViewport({ scale: 1 });
      const logical = { width: pageWidth, height: Math.round((pageWidth * base.height) / base.width) };
      const pixels = Math.min(resolution, maxCanvasSide / Math.max(logical.width, logical.height));
      const viewport = page.getViewport({ scale: (pageWidth / base.width) * pixels });
      const drawing = document.createElement('canvas');
      drawing.width = Math.floor(viewport.width);
      drawing.height = Math.floor(viewport.height);
      const task = page.render({ canvas: drawing, viewport });
      render = task;
      try {
        await task.promise;
      } catch {
        return; // A newer page or zoom replaced this drawing.
      }
      if (cancelled) return;
      // Drawn off screen, then swapped in, so zooming never flashes an empty page.
      target.width = drawing.width;
      target.height = drawing.height;
      target.getContext('2d')?.drawImage(drawing, 0, 0);
      setSize(logical);
      setDrawnPage(pageNumber);
      onOpened();
    }, onError);
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [pdf, pageNumber, resolution, onOpened, onError]);

  const pages = pdf?.numPages ?? 0;
  const previous = () => setPageNumber((n) => Math.max(1, n - 1));
  const next = () => setPageNumber((n) => Math.min(pages, n + 1));
  const keys = {
    previous: { keys: ['pageup'], label: 'Previous page', run: previous },
    next: { keys: ['pagedown'], label: 'Next page', run: next },
  };
  useShortcuts(viewerShortcuts, Object.values(keys));

  return (
    <>
      <ViewerToolbar controls={controls}>
        <Group gap={6} wrap="nowrap">
          <ToolButton shortcut={keys.previous} disabled={pageNumber <= 1}>
            <IconChevronLeft size={18} />
          </ToolButton>
          <Text size="sm" miw={96} ta="center" aria-live="polite">
            {pdf ? `Page ${pageNumber} of ${pages}` : 'Opening PDF'}
          </Text>
          <ToolButton shortcut={keys.next} disabled={pageNumber >= pages}>
            <IconChevronRight size={18} />
          </ToolButton>
        </Group>
      </ViewerToolbar>
      <ZoomPanStage width={size.width} height={size.height} controls={controls} onDisplayScale={setDisplayScale}>
        <canvas ref={canvas} aria-label={`PDF page ${drawnPage}`} role="img" />
      </ZoomPanStage>
      {!pdf && <Loader size="sm" pos="absolute" top="50%" left="50%" />}
    </>
  );
}
