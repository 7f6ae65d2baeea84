import { serializeSvg, svgSize } from './download-svg';
import { triggerDownload } from './trigger-download';

export interface PngOptions {
  /** Device pixels per CSS pixel: 2 keeps text sharp on slides and retina screens. */
  readonly scale?: number;
  readonly background?: string;
}

/**
 * The chart as a PNG: the serialised SVG is loaded as an image from a data: URL (which the
 * page's Content-Security-Policy allows for images, unlike blob:) and drawn onto a canvas
 * `scale` times its size, over a solid background.
 */
export async function svgToPngBlob(svg: SVGSVGElement, options: PngOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const background = options.background ?? 'white';
  const { width, height } = svgSize(svg);
  const size = { width: Math.round(width * scale), height: Math.round(height * scale) };
  // Written at the output size, so the browser rasterises the vectors there rather than scaling pixels.
  const markup = serializeSvg(svg, { background, size });
  const doc = svg.ownerDocument;

  const image = new Image(size.width, size.height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  try {
    await image.decode();
  } catch {
    throw new Error('the browser could not draw the chart as an image');
  }

  const canvas = doc.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('this browser has no 2D canvas');
  context.fillStyle = background;
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('the canvas gave no PNG')) : resolve(blob)), 'image/png');
  });
}

/** Downloads the chart as a PNG at twice its size, named `filename` (add `.png`). */
export async function downloadPng(svg: SVGSVGElement, filename: string, options: PngOptions = {}): Promise<void> {
  triggerDownload(await svgToPngBlob(svg, options), filename, svg.ownerDocument);
}
