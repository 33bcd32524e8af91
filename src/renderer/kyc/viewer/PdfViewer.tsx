import { ActionIcon, Group, Kbd, Loader, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';
import { ViewerToolbar } from './ViewerToolbar';
import { ZoomPanStage } from './ZoomPanStage';
import type { ViewControls } from './view-transform';

interface Props {
  url: string;
  controls: ViewControls;
  onOpened: () => void;
  onError: () => void;
}

/** Pages are drawn this wide, sharp enough to zoom in a few steps without drawing again. */
const renderWidth = 1800;

/** A PDF drawn by pdf.js one page at a time, with page navigation (buttons, PageUp / PageDown). */
export function PdfViewer({ url, controls, onOpened, onError }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const task = openPdf(url);
    task.promise.then(setPdf, () => onError());
    return () => {
      void task.destroy();
      setPdf(null);
      setPageNumber(1);
    };
  }, [url, onError]);

  useEffect(() => {
    const target = canvas.current;
    if (!pdf || !target) return;
    let cancelled = false;
    let render: { cancel(): void } | null = null;
    void pdf.getPage(pageNumber).then(async (page) => {
      if (cancelled) return;
      const viewport = page.getViewport({ scale: renderWidth / page.getViewport({ scale: 1 }).width });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      const task = page.render({ canvas: target, viewport });
      render = task;
      try {
        await task.promise;
        if (cancelled) return;
        setSize({ width: target.width, height: target.height });
        onOpened();
      } catch {
        // A newer page replaced this render; nothing to show for it.
      }
    }, onError);
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [pdf, pageNumber, onOpened, onError]);

  const pages = pdf?.numPages ?? 0;
  const previous = () => setPageNumber((n) => Math.max(1, n - 1));
  const next = () => setPageNumber((n) => Math.min(pages, n + 1));
  useHotkeys([
    ['pageup', previous],
    ['pagedown', next],
  ]);

  return (
    <>
      <ViewerToolbar controls={controls}>
        <Group gap={6} wrap="nowrap">
          <Tooltip
            label={
              <Text size="xs">
                Previous page <Kbd size="xs">PgUp</Kbd>
              </Text>
            }
          >
            <ActionIcon variant="default" aria-label="Previous page" disabled={pageNumber <= 1} onClick={previous}>
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" miw={96} ta="center" aria-live="polite">
            {pdf ? `Page ${pageNumber} of ${pages}` : 'Opening PDF'}
          </Text>
          <Tooltip
            label={
              <Text size="xs">
                Next page <Kbd size="xs">PgDn</Kbd>
              </Text>
            }
          >
            <ActionIcon variant="default" aria-label="Next page" disabled={pageNumber >= pages} onClick={next}>
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </ViewerToolbar>
      <ZoomPanStage width={size.width} height={size.height} controls={controls}>
        <canvas ref={canvas} aria-label={`PDF page ${pageNumber}`} role="img" />
      </ZoomPanStage>
      {!pdf && <Loader size="sm" pos="absolute" top="50%" left="50%" />}
    </>
  );
}
