import { wsMessage } from '@threadlab/contracts';
import type { WsMessage } from '@threadlab/contracts';

export type LiveState = 'connecting' | 'open' | 'closed';

/** The WebSocket constructor's shape, so tests can hand in a fake one. */
export type SocketFactory = (
  url: string,
) => Pick<WebSocket, 'close' | 'addEventListener' | 'readyState'>;

export interface LiveConnectionOptions {
  url: string;
  onMessage: (message: WsMessage) => void;
  onState?: (state: LiveState) => void;
  createSocket?: SocketFactory;
  /** Reconnect delays grow from the first to the last, then stay there. */
  delaysMs?: readonly number[];
}

/** Reads one frame; anything that is not a message of the contract is dropped. */
export function parseLiveMessage(data: unknown): WsMessage | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = wsMessage.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * The page's live channel: one WebSocket to /api/live, reopened with growing delays when it
 * drops (an API restart, a laptop waking up). Whoever uses it must also re-read the state it
 * follows after a reconnect: messages sent while it was down are not replayed.
 */
export class LiveConnection {
  private socket: ReturnType<SocketFactory> | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: LiveConnectionOptions) {}

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.socket?.close();
    this.socket = null;
  }

  private open(): void {
    const create = this.options.createSocket ?? ((url: string) => new WebSocket(url));
    this.options.onState?.('connecting');
    let socket: ReturnType<SocketFactory>;
    try {
      socket = create(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.options.onState?.('open');
    });
    socket.addEventListener('message', (event) => {
      const message = parseLiveMessage(event.data);
      if (message) this.options.onMessage(message);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.options.onState?.('closed');
      if (!this.stopped) this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    const delays = this.options.delaysMs ?? [500, 1000, 2000, 5000, 10000];
    const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 10000;
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.open();
    }, delay);
  }
}
