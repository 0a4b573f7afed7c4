import type { WsMessage } from '@threadlab/contracts';
import type { WebSocket } from 'ws';

/** The open WebSockets of each signed-in user on this API instance. */
export class LiveHub {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  // Sockets that answered since the last heartbeat (or just connected).
  private readonly alive = new WeakSet<WebSocket>();

  add(userId: string, socket: WebSocket): void {
    let set = this.sockets.get(userId);
    if (set === undefined) {
      set = new Set();
      this.sockets.set(userId, set);
    }
    set.add(socket);
    this.alive.add(socket);
    socket.on('pong', () => this.alive.add(socket));
    socket.on('close', () => this.remove(userId, socket));
  }

  private remove(userId: string, socket: WebSocket): void {
    const set = this.sockets.get(userId);
    if (set === undefined) return;
    set.delete(socket);
    if (set.size === 0) this.sockets.delete(userId);
  }

  /** Sends the message to every open socket of that user; returns how many got it. */
  send(userId: string, message: WsMessage): number {
    const set = this.sockets.get(userId);
    if (set === undefined) return 0;
    const text = JSON.stringify(message);
    let sent = 0;
    for (const socket of set) {
      if (socket.readyState === socket.OPEN) {
        socket.send(text);
        sent += 1;
      }
    }
    return sent;
  }

  /**
   * Pings every socket each interval and drops those that did not answer the previous
   * ping: proxies close idle connections, and a vanished client never sends a close.
   * Returns the function that stops it.
   */
  startHeartbeat(intervalMs: number): () => void {
    const timer = setInterval(() => {
      for (const set of this.sockets.values()) {
        for (const socket of set) {
          if (!this.alive.has(socket)) {
            socket.terminate();
            continue;
          }
          this.alive.delete(socket);
          socket.ping();
        }
      }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Users with at least one open socket here. */
  get userCount(): number {
    return this.sockets.size;
  }
}
