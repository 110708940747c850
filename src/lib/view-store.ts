import { create } from 'zustand';
import { noticeText } from './notice-text';
import { DEFAULT_VIEW, type ViewState } from './url-state';

interface ViewStore {
  view: ViewState;
  /** Quiet notices (dropped URL values, fallbacks); dismissible; each at most MAX_NOTICE_CHARS long. */
  notices: string[];
  setView: (patch: Partial<ViewState>) => void;
  replaceView: (view: ViewState) => void;
  addNotices: (lines: string[]) => void;
  dismissNotice: (index: number) => void;
}

export const useViewStore = create<ViewStore>()((set) => ({
  view: DEFAULT_VIEW,
  notices: [],
  setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  replaceView: (view) => set({ view }),
  // Every notice passes here: shortened once, in one place (a long value can never make a long notice).
  addNotices: (lines) =>
    set((s) => {
      const fresh = [...new Set(lines.map(noticeText))].filter((l) => l && !s.notices.includes(l));
      return fresh.length ? { notices: [...s.notices, ...fresh] } : s;
    }),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
}));

/** Selector helper: one field of the view. */
export function useView<K extends keyof ViewState>(key: K): ViewState[K] {
  return useViewStore((s) => s.view[key]);
}

export function resetViewStore(): void {
  useViewStore.setState({ view: DEFAULT_VIEW, notices: [] });
}
