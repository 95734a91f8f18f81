import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeadlineList } from './deadline-list.js';

// The list's clock is scripted, so what is due never depends on how late a real timer runs; the
// waits only let its (short, real) timer fire.
const settle = () => sleep(40);

/** A list on a scripted clock, what fired, and a check of what has fired once the clock reads `time`. */
function scripted(ms: number) {
  const clock = { now: 0 };
  const fired: string[] = [];
  const firedBy = async (time: number, expected: string[]) => {
    clock.now = time;
    await settle();
    assert.deepEqual(fired, expected);
  };
  return { clock, fired, firedBy, list: new DeadlineList(ms, () => clock.now) };
}

describe('DeadlineList', () => {
  it('fires each deadline that was not cancelled, in the order set', async () => {
    const { clock, fired, firedBy, list } = scripted(10);
    list.add(() => fired.push('a'));
    const b = list.add(() => fired.push('b'));
    clock.now = 5;
    list.add(() => fired.push('c'));
    b.cancel();
    // a is due at 10, c only at 15.
    await firedBy(10, ['a']);
    await firedBy(15, ['a', 'c']);
  });

  it('re-arms for a later deadline when the earliest was cancelled', async () => {
    const { clock, fired, firedBy, list } = scripted(10);
    const first = list.add(() => fired.push('first'));
    clock.now = 5;
    list.add(() => fired.push('second'));
    first.cancel();
    await firedBy(12, []);
    await firedBy(15, ['second']);
  });

  it('ignores a second cancel and a cancel after firing, and works again once empty', async () => {
    const { clock, list } = scripted(5);
    let count = 0;
    const one = list.add(() => (count += 1));
    const two = list.add(() => (count += 10));
    two.cancel();
    two.cancel();
    clock.now = 5;
    await settle();
    one.cancel();
    assert.equal(count, 1);
    list.add(() => (count += 100));
    clock.now = 10;
    await settle();
    assert.equal(count, 101);
  });

  it('lets a firing deadline set and cancel others', async () => {
    const { clock, fired, firedBy, list } = scripted(10);
    let later: { cancel(): void } | undefined;
    list.add(() => {
      fired.push('a');
      list.add(() => fired.push('from a'));
      later?.cancel();
    });
    later = list.add(() => fired.push('cancelled by a'));
    clock.now = 5;
    list.add(() => fired.push('c'));
    // Due together at 10: a, and the one a cancels, which then does not fire.
    await firedBy(10, ['a']);
    await firedBy(15, ['a', 'c']);
    await firedBy(20, ['a', 'c', 'from a']);
  });

  it('fires on the real clock by default', async () => {
    const list = new DeadlineList(5);
    let fired = false;
    list.add(() => (fired = true));
    await sleep(60);
    assert.equal(fired, true);
  });
});
