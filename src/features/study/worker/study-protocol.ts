import type { CarWindow, StudyModel, StudyRow } from '../model';

/**
 * The study worker's messages. Big inputs are sent once and kept by the worker under a key
 * (a series, the basket's members, the event table of a series); a `run` names them by key and
 * carries only the groups (indices into the event table), so a zoom sends a few small arrays.
 * Every typed array is transferred (the client sends copies it does not keep).
 */

/** Observations of one series: epoch days and values, index-aligned. */
export interface SeriesData {
  type: 'series';
  key: string;
  days: Int32Array;
  values: Float64Array;
}

/** The regional basket's members (USD/JPY, …) of one source. */
export interface BasketData {
  type: 'basket';
  key: string;
  members: { days: Int32Array; values: Float64Array }[];
}

/**
 * Every event of the view (whatever the filters) in one series: its T0 index (−1: none) and
 * whether it is flagged overlap. Groups name events by their index here; every T0 in the table
 * keeps the placebo days away (no event within ±5 observations).
 */
export interface EventTable {
  type: 'events';
  key: string;
  t0: Int32Array;
  overlap: Uint8Array;
}

export interface StudyGroupSpec {
  name: string;
  /** Indices into the event table. */
  members: Int32Array;
}

export interface StudyRun {
  type: 'run';
  job: number;
  seriesKey: string;
  /** Null unless the model is `market`. */
  basketKey: string | null;
  eventsKey: string;
  model: StudyModel;
  windows: CarWindow[];
  groups: StudyGroupSpec[];
}

export type StudyRequest = SeriesData | BasketData | EventTable | StudyRun;

/** The study twice: every event of each group, and with the events flagged overlap left out. */
export interface StudyAnswer {
  model: StudyModel;
  windows: CarWindow[];
  all: StudyRow[];
  exclOverlap: StudyRow[];
  /** Per group (by name): how many of its events the `exclOverlap` study left out as overlapping. */
  overlapLeftOut: Record<string, number>;
  /** Worker time of the run, ms (shown to no one; for the bench and the curious). */
  ms: number;
}

export type StudyResponse =
  | { type: 'done'; job: number; answer: StudyAnswer }
  /** The worker does not hold one of the keys (it keeps a few of each): the client sends them again. */
  | { type: 'missing'; job: number; keys: string[] }
  | { type: 'failed'; job: number; message: string };
