/** Save text as a file through the browser's download (no downloads permission needed). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "bandingin-backup-2026-11-28.json" */
export const datedName = (stem: string, extension: string, now = new Date()) =>
  `bandingin-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
