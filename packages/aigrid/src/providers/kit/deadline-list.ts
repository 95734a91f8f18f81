import { performance } from 'node:perf_hooks';

/** One pending deadline; `cancel` it when the work finished in time (extra calls are ignored). */
export interface Deadline {
  cancel(): void;
}

interface Node extends Deadline {
  at: number;
  /** Undefined once fired or cancelled. */
  fire: (() => void) | undefined;
  linked: boolean;
  prev: Node | undefined;
  next: Node | undefined;
}

/**
 * Deadlines of one fixed length (a client's total timeout), kept in a list in the order they were
 * set, which is also the order they fall due, under one timer for the earliest. Setting and
 * cancelling one is a link and an unlink: a timer per call (set, then cleared a moment later
 * when the call finished) cost the event loop a timer-list insert and removal every request.
 *
 * The timer can fire for a deadline already cancelled; it then re-arms for the new first one, so
 * it wakes at most once per `ms` beyond the deadlines that really pass. It is unref'd: pending
 * deadlines do not keep the process alive (the calls they guard hold their sockets open).
 */
export class DeadlineList {
  #head: Node | undefined;
  #tail: Node | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ms: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Calls `fire` once `ms` have passed, unless cancelled first. */
  add(fire: () => void): Deadline {
    const node: Node = {
      at: this.now() + this.ms,
      fire,
      linked: true,
      prev: this.#tail,
      next: undefined,
      cancel: () => {
        node.fire = undefined;
        if (node.linked) this.#unlink(node);
      },
    };
    if (this.#tail) this.#tail.next = node;
    else this.#head = node;
    this.#tail = node;
    if (this.#timer === undefined) this.#arm(this.ms);
    return node;
  }

  #unlink(node: Node): void {
    node.linked = false;
    if (node.prev) node.prev.next = node.next;
    else this.#head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.#tail = node.prev;
    node.prev = node.next = undefined;
  }

  #arm(delay: number): void {
    this.#timer = setTimeout(() => this.#expire(), Math.max(0, delay));
    this.#timer.unref();
  }

  #expire(): void {
    this.#timer = undefined;
    const now = this.now();
    // Due ones leave the list before any fires, so a callback that adds or cancels sees a
    // consistent list; one cancelled by an earlier callback of the same batch does not fire.
    const due: Node[] = [];
    while (this.#head && this.#head.at <= now) {
      const node = this.#head;
      this.#unlink(node);
      due.push(node);
    }
    if (this.#head) this.#arm(this.#head.at - now);
    for (const node of due) {
      const fire = node.fire;
      node.fire = undefined;
      fire?.();
    }
  }
}
