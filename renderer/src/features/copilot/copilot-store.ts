import { create } from 'zustand';
import type { RehearsalState } from '../../../../app/contract/comments';
import { applyComment, type DraftInput, type DraftLine } from './drafts';

interface CopilotState {
  drafts: DraftLine[];
  rehearsal: RehearsalState | null;
  /** Why the last batch of comments could not be stored; shown until a batch is stored again. */
  saveError: unknown;
}

export const useCopilotStore = create<CopilotState>()(() => ({
  drafts: [],
  rehearsal: null,
  saveError: null,
}));

export function addComments(inputs: readonly DraftInput[]): void {
  useCopilotStore.setState((state) => ({ drafts: inputs.reduce(applyComment, state.drafts) }));
}

export function removeDraft(key: string): void {
  useCopilotStore.setState((state) => ({ drafts: state.drafts.filter((draft) => draft.key !== key) }));
}

export const selectSessionDrafts = (drafts: readonly DraftLine[], sessionId: string): DraftLine[] =>
  drafts.filter((draft) => draft.sessionId === sessionId);
