/** Longest side sent from the phone: the server keeps at most 1600 px, so more would only cost bandwidth. */
const MAX_SIDE = 2048;

/**
 * A photo made small enough to send quickly on a slow network: drawn at most 2048 px on its longest side
 * (turned upright from its EXIF orientation) and saved as JPEG, which also drops its metadata. Where the
 * browser cannot do that, or the result would be larger, the original file is kept; the server checks it.
 */
export async function shrinkPhoto(file: File): Promise<Blob> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}
