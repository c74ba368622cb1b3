/**
 * The legend drawn into an exported PNG: a title (what is shown, of what) and one row per colour, in a white box at
 * the image's bottom left, so the picture explains itself once it has left the page. Drawn on a 2D canvas over
 * the renderer's image; `scale` is the image's pixels per CSS pixel.
 */

export interface PngLegend {
  title: string;
  entries: Array<{ color: string; label: string }>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

export function drawPngLegend(ctx: CanvasRenderingContext2D, legend: PngLegend, scale = 1): void {
  const pad = 10 * scale;
  const row = 18 * scale;
  const titleSize = 13 * scale;
  const textSize = 12 * scale;
  ctx.save();
  ctx.font = `600 ${titleSize}px ${FONT}`;
  let width = ctx.measureText(legend.title).width;
  ctx.font = `${textSize}px ${FONT}`;
  for (const e of legend.entries) width = Math.max(width, ctx.measureText(e.label).width + 18 * scale);
  width = Math.min(width + 2 * pad, ctx.canvas.width - 2 * pad);
  const height = 2 * pad + row * (1 + legend.entries.length);
  const x = pad;
  const y = ctx.canvas.height - height - pad;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.strokeStyle = '#c5cad3';
  ctx.lineWidth = scale;
  ctx.fillRect(x, y, width, height);
  ctx.strokeRect(x, y, width, height);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1b1f24';
  ctx.font = `600 ${titleSize}px ${FONT}`;
  ctx.fillText(legend.title, x + pad, y + pad + row / 2, width - 2 * pad);
  ctx.font = `${textSize}px ${FONT}`;
  legend.entries.forEach((e, i) => {
    const cy = y + pad + row * (i + 1.5);
    ctx.fillStyle = e.color;
    ctx.beginPath();
    ctx.arc(x + pad + 5 * scale, cy, 5 * scale, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#1b1f24';
    ctx.fillText(e.label, x + pad + 18 * scale, cy, width - 2 * pad - 18 * scale);
  });
  ctx.restore();
}
