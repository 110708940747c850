import { useSyncExternalStore } from 'react';

export interface CrosshairState {
  /** The instant under the pointer (UTC ms). */
  at: number;
  /** Pixel position inside the chart, for the tooltip. */
  x: number;
  y: number;
}

/**
 * Hover position shared by the plot's interaction layer and the tooltip
 * overlay without re-rendering the chart on every mouse move.
 */
export class CrosshairBus {
  private state: CrosshairState | null = null;
  private listeners = new Set<() => void>();
  set(s: CrosshairState | null): void {
    this.state = s;
    this.listeners.forEach((l) => l());
  }
  get = (): CrosshairState | null => this.state;
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
}

export function useCrosshair(bus: CrosshairBus): CrosshairState | null {
  return useSyncExternalStore(bus.subscribe, bus.get, bus.get);
}
