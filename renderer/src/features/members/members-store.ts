import { create } from 'zustand';
import type { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { GroupDoc } from '../../../../app/db/schemas/groups';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { watchDocs } from '../../data/watch';

interface MembersState {
  members: MemberDoc[];
  groups: GroupDoc[];
  total: number;
  products: ProductDoc[];
}

export const useMembersStore = create<MembersState>()(() => ({
  members: [],
  groups: [],
  total: 0,
  products: [],
}));

export const listLimit = 200;

/** Members per group, read off the members' own group lists. */
export function groupSizes(members: Pick<MemberDoc, 'groupIds'>[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const member of members) for (const id of member.groupIds) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  return sizes;
}

export function watchMembers(db: WorkbenchDatabase): Subscription[] {
  return [
    // All members, not a page: duplicate detection must compare everyone (a store has hundreds to a few thousand).
    watchDocs(db.members.find({ sort: [{ updatedAt: 'desc' }] }).$, (members) =>
      useMembersStore.setState({ members }),
    ),
    watchDocs(db.groups.find().$, (groups) => useMembersStore.setState({ groups })),
    db.members.count().$.subscribe((total) => useMembersStore.setState({ total })),
    watchDocs(db.products.find({ selector: { active: true } }).$, (products) =>
      useMembersStore.setState({ products }),
    ),
  ];
}
