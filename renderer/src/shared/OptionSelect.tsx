export interface Option {
  value: string;
  label: string;
}

/** A drop-down of named things with an optional first "none" choice (value ''), used across the forms. */
export function OptionSelect(props: {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  none?: string;
  label: string;
  testId?: string;
  required?: boolean;
}) {
  return (
    <select
      value={props.value}
      required={props.required}
      onChange={(event) => props.onChange(event.target.value)}
      aria-label={props.label}
      data-testid={props.testId}
    >
      {props.none !== undefined && <option value="">{props.none}</option>}
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** Products as select options, by name. */
export const productOptions = (products: readonly { id: string; name: string }[]): Option[] =>
  products.map((product) => ({ value: product.id, label: product.name }));
