/** A block header, attribute or object key found in HCL text, with its children. */
export interface OutlineNode {
  readonly name: string;
  /** Block labels: `provider "openai" {` has name `provider` and labels `["openai"]`. */
  readonly labels: readonly string[];
  /** Offset of the name in the text. */
  readonly offset: number;
  /** Nested attributes and blocks, or the keys of an object value. */
  readonly children: readonly OutlineNode[];
}

/**
 * Scans HCL text into an outline of blocks, attributes and object keys with their offsets. It is
 * not a parser: the text was already parsed by hcl2json, this only finds where things are. It
 * skips comments, quoted strings (with nested `${ }`), heredocs and bracketed expressions, and
 * recovers from anything it does not understand by moving to the next line.
 */
export function scanHclOutline(text: string): OutlineNode[] {
  return new OutlineScanner(text).body(false);
}

class OutlineScanner {
  private position = 0;
  // Sticky regexes carry lastIndex, so each scanner owns its own rather than sharing module ones.
  private readonly identifierPattern = /[A-Za-z_][A-Za-z0-9_-]*/y;
  private readonly heredocPattern = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;

  constructor(private readonly text: string) {}

  /** Attributes and blocks up to the closing brace (or the end of the text at top level). */
  body(nested: boolean): OutlineNode[] {
    const nodes: OutlineNode[] = [];
    while (this.skipSpace(true)) {
      if (this.peek() === '}') {
        this.position += 1;
        if (nested) return nodes;
        continue;
      }
      const offset = this.position;
      const name = this.identifier();
      if (name === undefined) {
        this.skipExpression('}');
        if (this.position === offset) this.position += 1;
        continue;
      }
      this.skipSpace(false);
      if (this.peek() === '=' && this.text[this.position + 1] !== '=') {
        this.position += 1;
        nodes.push({ name, labels: [], offset, children: this.value('}') });
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        const label = this.peek() === '"' ? this.quoted() : this.identifier();
        if (label === undefined) break;
        labels.push(label);
        this.skipSpace(false);
      }
      if (this.peek() === '{') {
        this.position += 1;
        nodes.push({ name, labels, offset, children: this.body(true) });
      } else {
        this.skipExpression('}');
      }
    }
    return nodes;
  }

  /** Skips an attribute value; an object constructor yields its keys as children. */
  private value(stops: string): OutlineNode[] {
    this.skipSpace(false);
    if (this.peek() !== '{') {
      this.skipExpression(stops);
      return [];
    }
    this.position += 1;
    return this.objectEntries();
  }

  /** Keys of an object constructor `{ a = 1, "b" = 2 }` up to its closing brace. */
  private objectEntries(): OutlineNode[] {
    const nodes: OutlineNode[] = [];
    while (this.skipSpace(true)) {
      const char = this.peek();
      if (char === ',') {
        this.position += 1;
        continue;
      }
      if (char === '}') {
        this.position += 1;
        return nodes;
      }
      const offset = this.position;
      const key = char === '"' ? this.quoted() : this.identifier();
      this.skipSpace(false);
      if (key !== undefined && (this.peek() === '=' || this.peek() === ':')) {
        this.position += 1;
        nodes.push({ name: key, labels: [], offset, children: this.value(',}') });
      } else {
        this.skipExpression(',}');
        if (this.position === offset) this.position += 1;
      }
    }
    return nodes;
  }

  /** Moves past an expression, stopping at a newline or a stop character outside brackets. */
  private skipExpression(stops: string): void {
    let depth = 0;
    while (this.position < this.text.length) {
      const char = this.peek();
      if (depth === 0 && (char === '\n' || stops.includes(char))) return;
      if (char === '"') this.quoted();
      else if (this.skipComment() || this.skipHeredoc()) continue;
      else {
        if ('([{'.includes(char)) depth += 1;
        else if (')]}'.includes(char)) depth = Math.max(0, depth - 1);
        this.position += 1;
      }
    }
  }

  /** Reads a quoted string, skipping nested `${ }` templates; stops at a newline if unterminated. */
  private quoted(): string {
    let value = '';
    this.position += 1;
    while (this.position < this.text.length) {
      const char = this.peek();
      if (char === '"' || char === '\n') {
        if (char === '"') this.position += 1;
        return value;
      }
      if (char === '\\') {
        value += this.text[this.position + 1] ?? '';
        this.position += 2;
      } else if ((char === '$' || char === '%') && this.text[this.position + 1] === '{') {
        this.position += 2;
        this.skipTemplate();
      } else {
        value += char;
        this.position += 1;
      }
    }
    return value;
  }

  private skipTemplate(): void {
    let depth = 1;
    while (this.position < this.text.length && depth > 0) {
      const char = this.peek();
      if (char === '"') {
        this.quoted();
        continue;
      }
      if (char === '\n') return;
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      this.position += 1;
    }
  }

  private skipHeredoc(): boolean {
    this.heredocPattern.lastIndex = this.position;
    const match = this.heredocPattern.exec(this.text);
    if (match === null) return false;
    this.position += match[0].length;
    while (this.position < this.text.length) {
      const end = this.text.indexOf('\n', this.position);
      const lineEnd = end < 0 ? this.text.length : end;
      const line = this.text.slice(this.position, lineEnd).trim();
      this.position = lineEnd;
      if (line === match[1]) return true;
      this.position += 1;
    }
    return true;
  }

  /** Skips spaces (and newlines when asked) and comments; false at the end of the text. */
  private skipSpace(newlines: boolean): boolean {
    while (this.position < this.text.length) {
      const char = this.peek();
      if (char === ' ' || char === '\t' || char === '\r' || (newlines && char === '\n')) this.position += 1;
      else if (!this.skipComment()) break;
    }
    return this.position < this.text.length;
  }

  private skipComment(): boolean {
    const rest = this.text.slice(this.position, this.position + 2);
    if (rest.startsWith('#') || rest === '//') {
      const end = this.text.indexOf('\n', this.position);
      this.position = end < 0 ? this.text.length : end;
      return true;
    }
    if (rest === '/*') {
      const end = this.text.indexOf('*/', this.position + 2);
      this.position = end < 0 ? this.text.length : end + 2;
      return true;
    }
    return false;
  }

  private identifier(): string | undefined {
    this.identifierPattern.lastIndex = this.position;
    const match = this.identifierPattern.exec(this.text);
    if (match === null) return undefined;
    this.position += match[0].length;
    return match[0];
  }

  private peek(): string {
    return this.text[this.position];
  }
}
