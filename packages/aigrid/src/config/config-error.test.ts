import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, formatConfigIssue } from './config-error.js';
import { syntaxIssues } from './hcl-adapter.js';

describe('ConfigError', () => {
  it('formats each issue with what is known of its location', () => {
    assert.equal(formatConfigIssue({ file: 'a.hcl', line: 1, column: 2, path: [], message: 'm', hint: 'h' }), 'a.hcl:1:2: m (h)');
    assert.equal(formatConfigIssue({ file: 'a.hcl', line: 4, path: [], message: 'm' }), 'a.hcl:4: m');
    assert.equal(formatConfigIssue({ file: '<environment>', path: ['AIGRID_PORT'], message: 'm' }), '<environment>: m');
  });

  it('holds several issues and exposes the first', () => {
    const error = new ConfigError([
      { file: 'a.hcl', line: 1, column: 1, path: ['model', 'gpt-4.1', 'provider'], message: 'first' },
      { file: 'a.hcl', line: 9, column: 3, path: ['server'], message: 'second' },
    ]);
    assert.equal(error.name, 'ConfigError');
    assert.equal(error.path, 'model.gpt-4.1.provider');
    assert.equal(error.line, 1);
    assert.equal(error.format(), 'a.hcl:1:1: first\na.hcl:9:3: second');
    assert.ok(Object.isFrozen(error.issues));
  });
});

describe('syntaxIssues', () => {
  it('splits hcl2json diagnostics into issues', () => {
    const text =
      'parse config: [my file.hcl:1,7-2,1: Invalid multi-line string; Quoted strings may not be split. ' +
      'my file.hcl:4,2-3: Attribute redefined; The argument "a" was already set at my file.hcl:1,1-2. Each argument may be set only once.]';
    assert.deepEqual(syntaxIssues(text, 'my file.hcl'), [
      { file: 'my file.hcl', line: 1, column: 7, path: [], message: 'syntax error: Invalid multi-line string: Quoted strings may not be split.' },
      {
        file: 'my file.hcl',
        line: 4,
        column: 2,
        path: [],
        message:
          'syntax error: Attribute redefined: The argument "a" was already set at my file.hcl:1,1-2. Each argument may be set only once.',
      },
    ]);
  });

  it('keeps text it cannot split', () => {
    assert.deepEqual(syntaxIssues('parse config: boom', 'a.hcl'), [{ file: 'a.hcl', path: [], message: 'syntax error: boom' }]);
  });
});
