import { useMemo } from 'react';
import { encodeQr } from './qr';

const QUIET_ZONE = 4;

/** A QR code as SVG; `label` is its accessible name. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { size, path } = useMemo(() => {
    const matrix = encodeQr(value);
    const parts: string[] = [];
    matrix.modules.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
      });
    });
    return { size: matrix.size + QUIET_ZONE * 2, path: parts.join('') };
  }, [value]);

  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
