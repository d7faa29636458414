import { countCharacters } from '../../shared/editor/content';

// Counted as Word counts 字数: each Chinese character (and full-width punctuation) one, and each run of other
// text between spaces or Chinese characters one "non-Chinese word" — numbers included, as Word does
// ("2026年" is 1 Chinese character + 1 non-Chinese word); spaces never count.
describe('word count as Word counts mixed Chinese text', () => {
  it('counts 2026年 as one character and one word', () => {
    expect(countCharacters('2026年')).toEqual({ cjk: 1, words: 1, total: 2 });
  });

  it('keeps numbers with their decimal point, time or standard number together', () => {
    expect(countCharacters('依据 ISO 9001:2015 第 7.5 条')).toEqual({ cjk: 4, words: 3, total: 7 });
    expect(countCharacters('温度 3.14 度')).toEqual({ cjk: 3, words: 1, total: 4 });
  });

  it('counts a Latin word with an apostrophe or a slash as one word, and Chinese punctuation as characters', () => {
    expect(countCharacters("don't A/1 版本。")).toEqual({ cjk: 3, words: 2, total: 5 });
  });

  it('never counts spaces (the ideographic space after a chapter label included) or lone symbols', () => {
    expect(countCharacters('第一章\u3000总则')).toEqual({ cjk: 5, words: 0, total: 5 });
    expect(countCharacters('a - b')).toEqual({ cjk: 0, words: 2, total: 2 });
  });
});
