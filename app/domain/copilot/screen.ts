import { checkCompliance, type ComplianceHit, type ComplianceOptions } from '../../text/compliance';

/** A text the copilot wrote, after the compliance check: `text` is what may be used, null when dropped. */
export interface CheckedText {
  original: string;
  text: string | null;
  /** The hits in `original`; empty when it was clean. */
  hits: ComplianceHit[];
}

/** A part of the text that is someone's name (最靓的仔), which says nothing about a product. */
export interface NameSpan {
  start: number;
  end: number;
}

/**
 * Suggestions that are advice to the owner rather than words to say (删除…, 写明…, 只说自己的优点) or
 * that would add a promise of their own (支持七天无理由退货) cannot stand in for the risky word.
 */
const notAWording = /^(?:删除|写明|只说|支持|按)|“/u;

/** The first wording a rule offers (很好、口碑好 → 很好; 营养均衡（不宣传…） → 营养均衡), or null. */
function replacementOf(hit: ComplianceHit): string | null {
  const first =
    hit.suggestion
      .split(/[（(；;]/u)[0]
      ?.split(/[、，,]/u)[0]
      ?.trim() ?? '';
  return first === '' || notAWording.test(first) ? null : first;
}

function hitsOutside(text: string, name: NameSpan | undefined, options: ComplianceOptions): ComplianceHit[] {
  const { hits } = checkCompliance(text, options);
  return name === undefined ? hits : hits.filter((hit) => hit.end <= name.start || hit.start >= name.end);
}

/**
 * Checks one text the copilot is about to suggest. A text with hits is rewritten when every hit has a
 * plain replacement and the result checks clean; otherwise it is dropped, since a script the host reads
 * aloud under time pressure must not need editing. The templates themselves are clean, so hits come from
 * the facts and names put into them. Hits inside `name` are not counted: a viewer's nickname is theirs.
 */
export function screenText(original: string, options: ComplianceOptions = {}, name?: NameSpan): CheckedText {
  const hits = hitsOutside(original, name, options);
  if (hits.length === 0) return { original, text: original, hits };
  let text = original;
  let nameSpan = name;
  for (const hit of [...hits].sort((a, b) => b.start - a.start)) {
    const replacement = replacementOf(hit);
    if (replacement === null) return { original, text: null, hits };
    text = text.slice(0, hit.start) + replacement + text.slice(hit.end);
    if (nameSpan !== undefined && hit.end <= nameSpan.start) {
      const shift = replacement.length - (hit.end - hit.start);
      nameSpan = { start: nameSpan.start + shift, end: nameSpan.end + shift };
    }
  }
  return { original, text: hitsOutside(text, nameSpan, options).length > 0 ? null : text, hits };
}
