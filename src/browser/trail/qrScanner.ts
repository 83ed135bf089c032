/** The part of the Barcode Detection API this scanner uses (not in TypeScript's DOM types yet). */
type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = { new (options: { formats: string[] }): Detector; getSupportedFormats?(): Promise<string[]> };

/**
 * Reads a QR code from the phone's back camera into `video`: with the browser's own `BarcodeDetector` where it
 * reads QR codes, otherwise with `jsqr` (loaded only then) on frames drawn into a canvas. Calls `found` once
 * with the text; `failed` when the camera is refused or missing. Returns a function that stops the camera.
 */
export function scanQr(video: HTMLVideoElement, found: (text: string) => void, failed: () => void): () => void {
  let stream: MediaStream | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const track of stream?.getTracks() ?? []) track.stop();
    video.srcObject = null;
    video.hidden = true;
  };
  (async () => {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      stop();
      failed();
      return;
    }
    if (stopped) return stop();
    video.srcObject = stream;
    video.hidden = false;
    await video.play().catch(() => undefined);
    const read = await reader(video);
    const tick = async () => {
      if (stopped) return;
      const text = video.readyState >= 2 ? await read().catch(() => undefined) : undefined;
      if (text) { stop(); found(text); return; }
      setTimeout(tick, 200);
    };
    void tick();
  })();
  return stop;
}

/** One QR reader for frames of `video`: the built-in detector if it knows QR codes, else jsQR. */
async function reader(video: HTMLVideoElement): Promise<() => Promise<string | undefined>> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  const formats: string[] = (await Native?.getSupportedFormats?.().catch(() => [])) ?? [];
  if (Native && formats.includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] });
    return async () => (await detector.detect(video))[0]?.rawValue;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const c = canvas.getContext('2d', { willReadFrequently: true })!;
  return async () => {
    // A phone frame scaled to at most 640 px wide: enough for a QR held up close, and quick to read.
    const scale = Math.min(1, 640 / (video.videoWidth || 640));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    if (!canvas.width || !canvas.height) return undefined;
    c.drawImage(video, 0, 0, canvas.width, canvas.height);
    return jsQR(c.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height)?.data || undefined;
  };
}
