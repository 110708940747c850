// The few platform globals the pure model may use (available in browsers and Node alike).
// Only tsconfig.model.json includes this file: model code gets no DOM library.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly href: string;
}
declare class URLSearchParams {
  constructor(init?: string | URLSearchParams);
  get(name: string): string | null;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  forEach(callback: (value: string, key: string) => void): void;
  toString(): string;
}
declare const console: { error(...args: unknown[]): void; warn(...args: unknown[]): void };
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
