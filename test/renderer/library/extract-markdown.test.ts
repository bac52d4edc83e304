import hostileMarkdown from '../../fixtures/bad-inputs/markdown-raw-html.md?raw';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src-renderer/screens/library/extract-markdown';

describe('markdownToText', () => {
  it('reads headings, paragraphs and list items as paragraphs, the first level-1 heading as the title', () => {
    const markdown = [
      '---',
      'layout: post',
      '---',
      '# The Great Lakes',
      '',
      'The Great Lakes hold **21 percent** of the world’s fresh surface water,',
      'according to the _EPA_.',
      '',
      '## Formation',
      '',
      '- Glaciers carved the basins.',
      '- Meltwater filled them about `14,000` years ago.',
      '',
      'See [the survey](https://example.org/survey) for details.  ',
      'A second line.',
    ].join('\n');
    expect(markdownToText(markdown)).toEqual({
      title: 'The Great Lakes',
      text: [
        'The Great Lakes',
        'The Great Lakes hold 21 percent of the world’s fresh surface water, according to the EPA.',
        'Formation',
        'Glaciers carved the basins.',
        'Meltwater filled them about 14,000 years ago.',
        'See the survey for details. A second line.',
      ].join('\n\n'),
    });
  });

  it('drops code blocks, images and tables', () => {
    const markdown = ['Intro paragraph.', '', '```js', 'alert(1);', '```', '', '    indented code', '', '![A chart](chart.png)', '', '| a | b |', '|---|---|', '| 1 | 2 |', '', 'Last paragraph.'].join('\n');
    expect(markdownToText(markdown)).toEqual({ title: null, text: 'Intro paragraph.\n\nLast paragraph.' });
  });

  it('never lets raw HTML through: tags, scripts, javascript: links and refused references go, their words stay', () => {
    const { title, text } = markdownToText(hostileMarkdown);
    expect(title).toBe('Markdown With Raw HTML');
    expect(text).toContain('The observatory recorded 1,500 meteors in 2014, the director said.');
    expect(text).toContain('Astronomer Jane Cole said the best nights were in August.');
    expect(text).toContain('Click me');
    expect(text).not.toMatch(/[<>]|javascript:|__pwned|evil\.example|onerror|onclick/i);
  });
});
