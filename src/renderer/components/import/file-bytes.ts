/**
 * A File's bytes as base64 for `importFileData`. FileReader's data URL is built natively, which for
 * a 100 MB transcript is far faster and lighter than converting an ArrayBuffer in JavaScript.
 */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Files from a drop: only plain files (a dropped folder has no bytes to read and is skipped). */
export function droppedFiles(data: DataTransfer | null): File[] {
  if (data === null) return [];
  const items = Array.from(data.items ?? []);
  if (items.length > 0) {
    return items
      .filter((item) => item.kind === 'file' && (item.webkitGetAsEntry?.()?.isDirectory ?? false) === false)
      .map((item) => item.getAsFile())
      .filter((f): f is File => f !== null);
  }
  return Array.from(data.files ?? []);
}
