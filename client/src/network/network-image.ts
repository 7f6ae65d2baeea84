import { drawNetwork, type Highlight, type Scene, type Viewport } from './canvas-renderer';
import type { LegendItem } from './legend';

export interface ImageText {
  readonly title: string;
  readonly subtitle: string;
  readonly legendTitle: string;
  readonly legend: readonly LegendItem[];
  readonly sizeTitle: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * The network as drawn now, as a PNG at `scale` times its size, with a title and the colour
 * legend in the top-left corner so the picture explains itself on a slide.
 */
export function networkPngBlob(scene: Scene, highlight: Highlight, viewport: Viewport, text: ImageText, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width * scale);
  canvas.height = Math.round(viewport.height * scale);
  const ctx = canvas.getContext('2d');
  if (ctx === null) return Promise.reject(new Error('this browser has no 2D canvas'));
  drawNetwork(ctx, { ...viewport, dpr: scale }, scene, highlight);

  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  const lines: { text: string; font: string; colour?: string; ring?: string }[] = [
    { text: text.title, font: `600 16px ${FONT}` },
    { text: text.subtitle, font: `12px ${FONT}` },
    { text: text.legendTitle, font: `600 12px ${FONT}` },
    ...text.legend.map((item) => ({ text: `${item.text} (${item.count})`, font: `12px ${FONT}`, colour: item.colour, ...(item.ring === undefined ? {} : { ring: item.ring }) })),
    { text: text.sizeTitle, font: `12px ${FONT}` },
  ];
  let width = 0;
  for (const line of lines) {
    ctx.font = line.font;
    width = Math.max(width, ctx.measureText(line.text).width + (line.colour ? 18 : 0));
  }
  const lineHeight = 18;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.strokeStyle = '#d5dae0';
  ctx.lineWidth = 1;
  ctx.fillRect(8, 8, width + 20, lines.length * lineHeight + 14);
  ctx.strokeRect(8, 8, width + 20, lines.length * lineHeight + 14);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  lines.forEach((line, i) => {
    const y = 8 + 7 + lineHeight * i + lineHeight / 2;
    let x = 18;
    if (line.colour) {
      ctx.beginPath();
      ctx.arc(x + 5, y, 5, 0, 2 * Math.PI);
      ctx.fillStyle = line.colour;
      ctx.fill();
      ctx.strokeStyle = line.ring ?? 'rgba(27, 31, 36, 0.7)';
      ctx.lineWidth = line.ring === undefined ? 1 : 2;
      ctx.stroke();
      ctx.lineWidth = 1;
      x += 18;
    }
    ctx.font = line.font;
    ctx.fillStyle = i === 1 ? '#4d5561' : '#1b1f24';
    ctx.fillText(line.text, x, y);
  });

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('the canvas gave no PNG')) : resolve(blob)), 'image/png');
  });
}
