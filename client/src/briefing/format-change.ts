/** How a change reads: an arrow and a sign, so it does not rest on colour alone. */
export interface ChangeText {
  readonly direction: 'up' | 'down' | 'same';
  /** ▲, ▼ or ■ (the last for no change). */
  readonly arrow: string;
  /** +3, −2 (a real minus sign) or 0. */
  readonly signed: string;
}

export function formatChange(change: number, locale = 'en-GB'): ChangeText {
  const magnitude = Math.abs(change).toLocaleString(locale);
  if (change > 0) return { direction: 'up', arrow: '▲', signed: `+${magnitude}` };
  if (change < 0) return { direction: 'down', arrow: '▼', signed: `−${magnitude}` };
  return { direction: 'same', arrow: '■', signed: '0' };
}
