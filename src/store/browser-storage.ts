/** The page's localStorage, or null where the browser refuses it (storage disabled, sandboxed frame). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
