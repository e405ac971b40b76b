/** Browser side of the exports: save text or a data URL as a file, copy text to the clipboard. */

function clickLink(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Saves `text` as a file of the given MIME type. */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  clickLink(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a `data:` URL (e.g. the map PNG) as a file. */
export function downloadDataUrl(filename: string, dataUrl: string): void {
  clickLink(dataUrl, filename);
}

/**
 * Copies text: the async Clipboard API where the page may use it, else a selected textarea and execCommand('copy')
 * (older browsers, plain-http pages). Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not focused: try the fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
