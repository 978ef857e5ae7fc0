/** ISO 8601 durations as schema.org uses them ("PT2H44M", "P1DT3H"), in hours. */
export function parseIsoDuration(text: string): number | undefined {
  const match =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text.trim(),
    );
  if (!match || text.trim().length < 3) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => (part ? Number(part) : 0));
  const total =
    (weeks ?? 0) * 168 + (days ?? 0) * 24 + (hours ?? 0) + (minutes ?? 0) / 60 + (seconds ?? 0) / 3600;
  return total > 0 ? Math.round(total * 100) / 100 : undefined;
}
