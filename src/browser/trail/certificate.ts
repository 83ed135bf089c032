/**
 * Draws the certificate a little master saves at 12/12, as a PNG data URL (an <img> can be long-pressed
 * in WeChat; a link downloads it elsewhere), with the point's own stamps (SVG drawn into the canvas). Only
 * the nickname appears: no other personal data.
 */
export async function drawCertificate({ title, body, date, stamps }: { title: string; body: string; date: string; stamps: string[] }): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = 1080;
  canvas.height = 1350;
  const c = canvas.getContext('2d')!;
  const font = (size: number, weight = 700) => `${weight} ${size}px system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`;
  c.fillStyle = '#fffaf0';
  c.fillRect(0, 0, 1080, 1350);
  c.strokeStyle = '#b3261e';
  c.lineWidth = 18;
  c.strokeRect(40, 40, 1000, 1270);
  c.lineWidth = 4;
  c.strokeRect(76, 76, 928, 1198);
  c.textAlign = 'center';
  c.fillStyle = '#8c1d17';
  c.font = font(64);
  c.fillText(title, 540, 230, 900);
  c.fillStyle = '#1d1b1a';
  c.font = font(46, 500);
  wrap(c, body, 540, 360, 860, 66);
  const images = await Promise.all(stamps.map(loadSvg));
  const cols = 4;
  images.forEach((img, i) => {
    const x = 250 + (i % cols) * 193;
    const y = 660 + Math.floor(i / cols) * 190;
    if (img) c.drawImage(img, x - 85, y - 85, 170, 170);
  });
  c.fillStyle = '#4a4541';
  c.font = font(40, 500);
  c.fillText(date, 540, 1230);
  return canvas.toDataURL('image/png');
}

/** An SVG string as an image the canvas can draw; `undefined` if the browser cannot read it. */
function loadSvg(svg: string): Promise<HTMLImageElement | undefined> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => resolve(undefined);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** Writes `text` centred on lines no wider than `width`, breaking between words or, for Chinese, characters. */
function wrap(c: CanvasRenderingContext2D, text: string, x: number, y: number, width: number, lineHeight: number) {
  const units = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  let line = '';
  for (const unit of units) {
    if (line && c.measureText(line + unit).width > width) {
      c.fillText(line.trim(), x, y);
      y += lineHeight;
      line = '';
    }
    line += unit;
  }
  if (line) c.fillText(line.trim(), x, y);
}
