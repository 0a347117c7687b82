/** Long enough for the browser to have started the download, which reads the object URL. */
const REVOKE_AFTER_MS = 60_000;

/** Offers the data to the user as a file download. */
export function downloadFile(data: Blob, fileName: string) {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Offers text to the user as a file download (every feature that exports uses it). */
export function downloadText(text: string, fileName: string, type: string) {
  downloadFile(new Blob([text], { type }), fileName);
}
