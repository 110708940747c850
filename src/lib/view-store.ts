import { create } from 'zustand';
import { msgKey, type Msg } from '../i18n/message';
import { noticeText } from './notice-text';
import { DEFAULT_VIEW, type ViewState } from './url-state';

/** A notice: a message (catalog id and values) that the notice bar puts into words. */
export type Notice = Msg | string;
/** `info` notices fade after a few seconds (the notice area's timer); `error` ones stay until dismissed. */
export type NoticeLevel = 'info' | 'error';
/** A stable key for a notice (the store keeps one per key). */
export const noticeKey = (n: Notice) => (typeof n === 'string' ? n : msgKey(n));
const keyOf = noticeKey;

interface ViewStore {
  view: ViewState;
  /** Quiet notices (dropped URL values, fallbacks); dismissible; each at most MAX_NOTICE_CHARS long. */
  notices: Notice[];
  /** The notices that are `info`, by key (every other notice is an `error`). */
  infoKeys: readonly string[];
  setView: (patch: Partial<ViewState>) => void;
  replaceView: (view: ViewState) => void;
  /** Adds notices (default level `error`: they stay until dismissed). */
  addNotices: (lines: Notice[], level?: NoticeLevel) => void;
  dismissNotice: (index: number) => void;
  /** Takes away the notices with these keys (e.g. "retrying…" once the retries are over). */
  removeNotices: (keys: readonly string[]) => void;
}

export const useViewStore = create<ViewStore>()((set) => ({
  view: DEFAULT_VIEW,
  notices: [],
  infoKeys: [],
  setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  replaceView: (view) => set({ view }),
  // Every notice passes here; the same notice is kept once. (The notice bar shortens each as shown.)
  addNotices: (lines, level = 'error') =>
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
      if (!fresh.length) return s;
      return { notices: [...s.notices, ...fresh], infoKeys: level === 'info' ? [...s.infoKeys, ...fresh.map(keyOf)] : s.infoKeys };
    }),
  dismissNotice: (index) =>
    set((s) => {
      const gone = s.notices[index];
      if (gone === undefined) return s;
      const k = keyOf(gone);
      return { notices: s.notices.filter((_, i) => i !== index), infoKeys: s.infoKeys.filter((x) => x !== k) };
    }),
  removeNotices: (keys) =>
    set((s) => {
      const drop = new Set(keys);
      if (!s.notices.some((n) => drop.has(keyOf(n)))) return s;
      return { notices: s.notices.filter((n) => !drop.has(keyOf(n))), infoKeys: s.infoKeys.filter((k) => !drop.has(k)) };
    }),
}));

/** Selector helper: one field of the view. */
export function useView<K extends keyof ViewState>(key: K): ViewState[K] {
  return useViewStore((s) => s.view[key]);
}

export function resetViewStore(): void {
  useViewStore.setState({ view: DEFAULT_VIEW, notices: [], infoKeys: [] });
}
