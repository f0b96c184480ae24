import { checkCompliance } from '../../../../app/text/compliance';
import { ComplianceText } from '../live/captions/ComplianceText';

/** Lines to say on air, each checked again here so a model's wording is marked before the host reads it. */
export function CheckedList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <ComplianceText text={item} hits={checkCompliance(item).hits} />
          </li>
        ))}
      </ul>
    </>
  );
}
