const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

/** "5 minutes ago", "in 3 days". */
export function timeFromNow(iso: string, now: number = Date.now()): string {
  let amount = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return relative.format(Math.round(amount), 'year');
}

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

interface TimeProps {
  value: string | null | undefined;
  /** Shown relative to now ("2 hours ago"), the exact time in the tooltip. */
  relativeToNow?: boolean;
  /** What to show when there is no time, e.g. "Never". */
  fallback?: string;
}

export function Time({ value, relativeToNow = false, fallback = '—' }: TimeProps) {
  if (!value || Number.isNaN(new Date(value).getTime())) return <>{fallback}</>;
  const exact = formatDateTime(value);
  return (
    <time dateTime={value} title={exact}>
      {relativeToNow ? timeFromNow(value) : exact}
    </time>
  );
}
