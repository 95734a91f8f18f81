import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasNationalContext, nationalContext } from './national-id-context.js';

const LABELS = nationalContext(['widget id', 'wid']);
const VALUE = '4242';

/** Whether the first VALUE in `text` has a label, by the module's rules. */
function labelled(text: string): boolean {
  const start = text.indexOf(VALUE);
  return hasNationalContext(text, start, start + VALUE.length, LABELS);
}

describe('national-id context words', () => {
  it('accepts a label before the value through punctuation, markup, filler words and key syntax', () => {
    for (const text of [
      'wid 4242',
      'my Widget ID is 4242',
      'widget_id=4242&x=1',
      '{"widgetId": "4242"}',
      "  wid: '4242'",
      '<th>Widget id</th><td>4242</td>',
      '<input name="wid" value="4242">',
      'WID n.o 4242',
      'wid%20number%204242',
    ]) {
      assert.ok(labelled(text), text);
    }
  });

  it('accepts a label alone on the line above, a table header and an SQL column', () => {
    assert.ok(labelled('Widget ID\n4242\n'));
    assert.ok(labelled('Please tidy:\n\nname,wid,city\nAnn,"4242",Oslo\n'));
    assert.ok(labelled('Please tidy:\nname;wid\n"Ann, B.";7\nBo;4242\n'));
    assert.ok(labelled('| Name | WID |\n|---|---|\n| Ann | 4242 |\n'));
    assert.ok(labelled("INSERT INTO t (name, wid) VALUES\n  ('Ann, B.', '4242');"));
  });

  it('refuses unlabelled values, labels of another column, words that merely contain the label and other lines', () => {
    for (const text of [
      'order 4242',
      'swidget 4242',
      'wid is not 4242',
      'name,wid\n4242,Ann\n',
      '| WID | Name |\n|---|---|\n| Ann | 4242 |\n',
      "INSERT INTO t (wid, name) VALUES ('Ann', '4242');",
      'wid\n\nsomething 4242',
      'wid 7\nref 4242',
    ]) {
      assert.ok(!labelled(text), text);
    }
  });
});
