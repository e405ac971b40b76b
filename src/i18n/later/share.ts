/**
 * Strings of the share panel (link and QR code), also on the print sheet. Used as t('share.key'). They join the
 * translator when this module loads, with the code that uses them, on first use (issue 24: not in the start-up
 * JavaScript); typed with the rest (../index.ts Resources).
 */
import { addStrings } from '../index.ts';

export const shareLater = {
  zh: {
    title: '分享当前视图',
    link: '链接',
    copy: '复制链接',
    copied: '链接已复制。',
    copyFailed: '无法自动复制，请选中上面的链接手动复制。',
    qrLabel: '当前链接的二维码',
    qrHint: '扫码即可打开同一视图，可印在宣传资料上。',
    qrFailed: '二维码生成失败，请使用上面的链接。',
  },
  en: {
    title: 'Share this view',
    link: 'Link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy automatically: select the link above and copy it.',
    qrLabel: 'QR code of this link',
    qrHint: 'Scan to open this same view; print it on handouts.',
    qrFailed: 'The QR code could not be drawn; use the link above.',
  },
};

addStrings('share', shareLater);
