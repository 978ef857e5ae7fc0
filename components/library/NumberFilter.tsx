/**
 * A number filter of the library that keeps what the user types until it is committed (Enter or
 * leaving the field). The library re-renders while they type (its queries answer, captures arrive);
 * an input controlled by the committed value alone was put back to it by each render, so the typed
 * number vanished and Enter committed nothing.
 */
import { useEffect, useState } from 'preact/hooks';

const textOf = (value: number | undefined) => (value === undefined ? '' : String(value));

export function NumberFilter(props: {
  name: string;
  label: string;
  value: number | undefined;
  onCommit: (text: string) => void;
}) {
  const { name, label, value, onCommit } = props;
  const [draft, setDraft] = useState(textOf(value));
  // a change from elsewhere (the address, "reset filters") replaces the draft
  useEffect(() => setDraft(textOf(value)), [value]);
  return (
    <label>
      {label}
      <input
        type="number"
        min="0"
        inputMode="numeric"
        value={draft}
        name={name}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={(event) => onCommit(event.currentTarget.value)}
      />
    </label>
  );
}
