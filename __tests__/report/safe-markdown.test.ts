import { describe, expect, it } from 'vitest';
import { ZWJ, codeBlock, codeSpan, htmlText, inlineText, neutralise, truncateText } from '../../src/report/safe-markdown.js';

describe('neutralise', () => {
  it('puts a zero-width joiner after @ so users and teams are not mentioned', () => {
    expect(neutralise('ping @octocat and @github/security-team')).toBe(`ping @${ZWJ}octocat and @${ZWJ}github/security-team`);
  });

  it('breaks e-mail auto-links and issue references', () => {
    expect(neutralise('mail a@b.com about #12')).toBe(`mail a@${ZWJ}b.com about #${ZWJ}12`);
  });

  it('leaves a lone @ or # alone', () => {
    expect(neutralise('a @ b # c')).toBe('a @ b # c');
  });

  it('breaks scheme:// and www. auto-links', () => {
    expect(neutralise('see https://x.io, http://y.io, ftp://z and www.evil.example')).toBe(
      `see https${ZWJ}://x.io, http${ZWJ}://y.io, ftp${ZWJ}://z and www${ZWJ}.evil.example`,
    );
  });

  it('removes control and bidi override characters but keeps tabs and newlines', () => {
    expect(neutralise('a\u0000b\u202Ec\u2066d\te\r\nf')).toBe('abcd\te\nf');
  });
});

describe('inlineText', () => {
  it('escapes pipes and folds newlines so a table row stays one row', () => {
    expect(inlineText('a | b\n| c |')).toBe('a \\| b \\| c \\|');
  });

  it('escapes raw HTML, images and links', () => {
    expect(inlineText('<img src=x> ![i](u) [l](v)')).toBe('\\<img src=x\\> \\!\\[i\\](u) \\[l\\](v)');
  });

  it('escapes emphasis, code, strikethrough, math, entities and headings', () => {
    expect(inlineText('*a* _b_ `c` ~d~ $e$ &amp; # f \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\$e\\$ \\&amp; \\# f \\\\');
  });

  it('neutralises mentions as well', () => {
    expect(inlineText('@team')).toBe(`@${ZWJ}team`);
  });
});

describe('htmlText', () => {
  it('escapes HTML special characters on one line', () => {
    expect(htmlText('<b>"x" & \'y\'</b>\nnext')).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt; next');
  });
});

describe('codeBlock', () => {
  it('uses a fence of three backticks for text without backticks', () => {
    expect(codeBlock('hello')).toBe('```text\nhello\n```');
  });

  it('uses a fence longer than the longest backtick run, so the text cannot close it', () => {
    expect(codeBlock('a\n```\nb ```` c')).toBe('`````text\na\n```\nb ```` c\n`````');
  });

  it('drops trailing newlines so the closing fence follows the text', () => {
    expect(codeBlock('x\n\n')).toBe('```text\nx\n```');
  });

  it('normalises CRLF so a stray CR cannot hide a fence', () => {
    expect(codeBlock('a\r\nb')).toBe('```text\na\nb\n```');
  });
});

describe('codeSpan', () => {
  it('wraps in one backtick when the text has none', () => {
    expect(codeSpan('gpt-4o')).toBe('`gpt-4o`');
  });

  it('uses a longer run and padding around text with backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});

describe('truncateText', () => {
  it('keeps short text whole and reports its length', () => {
    expect(truncateText('abc', { maxChars: 10, maxLines: 5 })).toEqual({ text: 'abc', truncated: false, totalChars: 3, totalLines: 1 });
  });

  it('cuts at maxChars', () => {
    expect(truncateText('abcdef', { maxChars: 4, maxLines: 5 })).toMatchObject({ text: 'abcd', truncated: true, totalChars: 6 });
  });

  it('cuts at maxLines', () => {
    expect(truncateText('1\n2\n3\n4', { maxChars: 100, maxLines: 2 })).toMatchObject({ text: '1\n2', truncated: true, totalLines: 4 });
  });

  it('never splits an emoji', () => {
    const cut = truncateText('a😀b', { maxChars: 2, maxLines: 5 });
    expect(cut.text).toBe('a😀');
    expect(cut.totalChars).toBe(3);
  });
});
