/**
 * The bits of a Web Worker a client uses, typed by what it sends and what it gets back: the
 * clients start a real Worker, their tests pass a fake with this shape.
 */
export interface WorkerLike<Request, Message> {
  postMessage(message: Request, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
