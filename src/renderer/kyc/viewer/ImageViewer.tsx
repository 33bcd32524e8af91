import { useState } from 'react';
import { ZoomPanStage } from './ZoomPanStage';
import type { ViewControls } from './view-transform';

interface Props {
  url: string;
  alt: string;
  controls: ViewControls;
  onOpened: () => void;
  onError: () => void;
}

/** An image file on the stage; "opened" once the browser has decoded and shown it. */
export function ImageViewer({ url, alt, controls, onOpened, onError }: Props) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  return (
    <ZoomPanStage width={size.width} height={size.height} controls={controls}>
      <img
        src={url}
        alt={alt}
        draggable={false}
        onLoad={(event) => {
          setSize({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight });
          onOpened();
        }}
        onError={onError}
      />
    </ZoomPanStage>
  );
}
