/**
 * A password, key or token the owner types once: main keeps it and never sends it back, so the field stays
 * empty and only says that something is saved.
 */
export function SecretInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  saved: boolean;
  savedText: string;
  placeholder?: string;
  size?: number;
  testId?: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="password"
        autoComplete="off"
        value={props.value}
        placeholder={props.saved ? props.savedText : (props.placeholder ?? '')}
        onChange={(event) => props.onChange(event.target.value)}
        aria-label={props.label}
        data-testid={props.testId}
        size={props.size}
      />
    </label>
  );
}
