/** JSON Lines out: one JSON value per line, `\n` separated, ending with a newline. */
export function toJsonl(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join('\n') + (values.length > 0 ? '\n' : '');
}
