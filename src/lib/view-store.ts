import { create } from 'zustand';
import { msgKey, type Msg } from '../i18n/message';
import { noticeText } from './notice-text';
import { DEFAULT_VIEW, type ViewState } from './url-state';

/** A notice: a message (catalog id and values) that the notice bar puts into words. */
export type Notice = Msg | string;
const keyOf = (n: Notice) => (typeof n === 'string' ? n : msgKey(n));

interface ViewStore {
  view: ViewState;
  /** Quiet notices (dropped URL values, fallbacks); dismissible; each at most MAX_NOTICE_CHARS long. */
  notices: Notice[];
  setView: (patch: Partial<ViewState>) => void;
  replaceView: (view: ViewState) => void;
  addNotices: (lines: Notice[]) => void;
  dismissNotice: (index: number) => void;
}

export const useViewStore = create<ViewStore>()((set) => ({
  view: DEFAULT_VIEW,
  notices: [],
  setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  replaceView: (view) => set({ view }),
  // Every notice passes here; the same notice is kept once. (The notice bar shortens each as shown.)
  addNotices: (lines) =>
    set((s) => {
      const seen = new Set(s.notices.map(keyOf));
      const fresh: Notice[] = [];
      for (const l of lines) {
        const n = typeof l === 'string' ? noticeText(l) : l;
        const k = keyOf(n);
        if (n === '' || seen.has(k)) continue;
        seen.add(k);
        fresh.push(n);
      }
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
