/** The member fields nickname matching needs; MemberDoc satisfies it. */
export interface NicknameMember {
  id: string;
  name: string;
  nicknames: readonly string[];
}

export interface NicknameMatch {
  memberId: string;
  confidence: number;
}

/** Brackets hold notes: 李阿姨(5栋), 【团长】小王, 王姐「3单元」. */
const brackets = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|「[^「」]*」|《[^《》]*》|<[^<>]*>/g;
/** Address parts people add to their group nickname: 5栋, 3单元, 2号楼, 302室, 5-302, 十栋. */
const address =
  /(?:\d+|[一二三四五六七八九十]+)\s*(?:号楼|栋|幢|座|单元|楼|室|层)|\d+(?:-\d+)+|[\s\-_—~·|/@]+\d+\s*$/g;
/** What is left must be letters or digits: emoji, symbols, punctuation and spaces are decoration. */
const decoration = /[^\p{L}\p{N}]/gu;

/**
 * A nickname without the decoration people add to it in groups: widths, case, emoji, notes in brackets
 * and address parts. '' when nothing is left, and '' never matches.
 */
export function nicknameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(brackets, ' ')
    .replace(address, ' ')
    .replace(decoration, '');
}

type Lookup = Map<string, Set<string>>;

function addTo(lookup: Lookup, key: string, memberId: string): void {
  if (key === '') return;
  const ids = lookup.get(key) ?? new Set<string>();
  ids.add(memberId);
  lookup.set(key, ids);
}

const exact = (text: string) => text.trim();

/**
 * Links 接龙 names to members, strongest evidence first: a nickname exactly as seen before, the member's
 * name, then both without decoration. Two members equally fitting a name is no answer: linking an order
 * to the wrong neighbour is worse than asking the owner. Build once for many names.
 */
export function createNicknameMatcher(
  members: readonly NicknameMember[],
): (name: string) => NicknameMatch | null {
  const byNickname: Lookup = new Map();
  const byName: Lookup = new Map();
  const byLooseNickname: Lookup = new Map();
  const byLooseName: Lookup = new Map();
  for (const member of members) {
    for (const nickname of member.nicknames) {
      addTo(byNickname, exact(nickname), member.id);
      addTo(byLooseNickname, nicknameKey(nickname), member.id);
    }
    addTo(byName, exact(member.name), member.id);
    addTo(byLooseName, nicknameKey(member.name), member.id);
  }
  const tiers = [
    { lookup: byNickname, confidence: 1, key: exact },
    { lookup: byName, confidence: 0.95, key: exact },
    { lookup: byLooseNickname, confidence: 0.85, key: nicknameKey },
    { lookup: byLooseName, confidence: 0.8, key: nicknameKey },
  ];
  return (name) => {
    for (const { lookup, confidence, key } of tiers) {
      const ids = lookup.get(key(name));
      if (ids === undefined) continue;
      const [memberId, ...others] = ids;
      return memberId !== undefined && others.length === 0 ? { memberId, confidence } : null;
    }
    return null;
  };
}

/** The member a 接龙 nickname belongs to, or null when none or several fit. */
export function matchNickname(name: string, members: readonly NicknameMember[]): NicknameMatch | null {
  return createNicknameMatcher(members)(name);
}
