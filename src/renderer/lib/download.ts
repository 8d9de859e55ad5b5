/** A file produced by the backend as base64 (analysis exports, REFI-QDA exports). */
export interface DownloadableFile {
  readonly fileName: string;
  readonly mime: string;
  readonly dataBase64: string;
}

/** Saves an exported file through the browser's download (works in Chromium and in Electron). */
export function download(file: DownloadableFile): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium reads the blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
