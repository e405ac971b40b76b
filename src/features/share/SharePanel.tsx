/** The share panel: the current link, a copy button (Clipboard API with a fallback) and its QR code for handouts. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { toCanvas } from 'qrcode';
import { copyText } from '../export/download.ts';
import '../../i18n/later/share.ts';

/** QR settings shared by the panel and the print sheets: medium error correction, a 2-module quiet zone. */
export const QR_OPTIONS = {
  errorCorrectionLevel: 'M',
  margin: 2,
  color: { dark: '#000000', light: '#ffffff' },
} as const;

export function SharePanel({ id }: { id: string }) {
  const { t } = useTranslation();
  // The link as it is now (the map keeps its camera in the #map= hash, so it is read when the panel opens).
  const [href] = useState(() => window.location.href);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [qrFailed, setQrFailed] = useState(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!canvasRef.current) return;
    toCanvas(canvasRef.current, href, { ...QR_OPTIONS, width: 232 }).catch(() => setQrFailed(true));
  }, [href]);

  const copy = async () => {
    const ok = await copyText(href);
    setStatus(ok ? 'copied' : 'failed');
    if (!ok) inputRef.current?.select();
  };

  return (
    <div className="promo-popover share-panel" id={id} role="dialog" aria-label={t('share.title')}>
      <h2>{t('share.title')}</h2>
      <label className="share-link">
        <span>{t('share.link')}</span>
        <input ref={inputRef} type="text" readOnly value={href} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="button primary" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <p className="share-status" role="status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.copyFailed') : ''}
      </p>
      <figure className="share-qr">
        <canvas ref={canvasRef} role="img" aria-label={t('share.qrLabel')} data-qr-text={href} hidden={qrFailed} />
        <figcaption>{qrFailed ? t('share.qrFailed') : t('share.qrHint')}</figcaption>
      </figure>
    </div>
  );
}
