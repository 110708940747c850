import { msg, type Msg } from '../../../i18n/message';
import { ecbFailureMsg, isEcbFetchError } from './ecb-error';

/**
 * Why a rates file could not be had, for the view to word (the error's message stays the
 * technical English account, for the console):
 * - `h10-http` / `ecb-snapshot-http`: an HTTP error status (`status`);
 * - `h10-json` / `ecb-snapshot-json`: the file is not JSON;
 * - `ecb-snapshot-unusable`: the ECB snapshot fails its checks (`detail`).
 */
export type RatesErrorCode = 'h10-http' | 'h10-json' | 'ecb-snapshot-http' | 'ecb-snapshot-json' | 'ecb-snapshot-unusable';

export class RatesLoadError extends Error {
  readonly code: RatesErrorCode;
  readonly status: number | null;
  readonly detail: string;
  constructor(code: RatesErrorCode, message: string, extra: { status?: number; detail?: string } = {}) {
    super(message);
    this.name = 'RatesLoadError';
    this.code = code;
    this.status = extra.status ?? null;
    this.detail = extra.detail ?? '';
  }
}

/** What to tell the reader when the rates could not be loaded (the view translates it). */
export function ratesErrorMsg(error: unknown): Msg {
  if (error instanceof RatesLoadError) {
    switch (error.code) {
      case 'h10-http':
        return msg('rates.error.h10Http', { status: error.status ?? 0 });
      case 'h10-json':
        return msg('rates.error.h10Json');
      case 'ecb-snapshot-http':
        return msg('rates.error.ecbSnapshotHttp', { status: error.status ?? 0 });
      case 'ecb-snapshot-json':
        return msg('rates.error.ecbSnapshotJson');
      case 'ecb-snapshot-unusable':
        return msg('rates.error.ecbSnapshotUnusable', { detail: error.detail });
    }
  }
  if (isEcbFetchError(error)) return msg('rates.error.ecb', { what: ecbFailureMsg(error, 0) });
  // A file that parses but is not a snapshot (the decoder's technical account).
  return msg('rates.error.other', { detail: error instanceof Error ? error.message : String(error) });
}
