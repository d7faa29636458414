import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { cleanPastedHtml } from '../../renderer/editor/paste/cleanPastedHtml';
import { renderSignedIn } from './render-app';
import { editorOf, numbered, regulationDoc, revision, revisionHash, summary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const open = () =>
  renderSignedIn('author', revisionHash(), {
    'documents.get': () => regulationDoc,
    'revisions.get': () => revision(),
    'revisions.save': (input) => summary({ version: input.version + 1 }),
  });

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";font-family:宋体}</style><script>window.pwned = true</script></head>
<body lang=ZH-CN><!--StartFragment--><p class=MsoNormal style="mso-pagination:none"><span style="font-family:仿宋;mso-bidi-font-family:Arial">第四条\u3000客户投诉应在两个工作日内答复。</span><o:p></o:p></p>
<p class=MsoNormal onclick="alert(1)">图示<img src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/image001.png" onerror="window.pwned = true"><img src="x" onerror="alert(2)"></p>
<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.<span>&nbsp;&nbsp;</span></span>第一项要求</p>
<p class=MsoListParagraph style="mso-list:l0 level2 lfo1"><span style="mso-list:Ignore">a)<span>&nbsp;</span></span>细则</p>
<h2>附录</h2><table class=MsoTableGrid border=1 style="border-collapse:collapse"><tr><td width=200 style="width:150pt"><p class=MsoNormal><b>指标</b></p></td><td><p>≥85%</p></td></tr></table>
<a href="javascript:alert(3)">坏链接</a> <a href="https://example.com/">好链接</a><!--EndFragment--></body></html>`;

describe('paste from Word, WPS and web pages', () => {
  it('keeps headings, lists, tables and marks, turns 第X条 into an article, and never lets scripts through', async () => {
    const { backend } = await open();
    await screen.findByTestId('regulation-editor');
    const editor = editorOf();
    act(() => void editor.commands.focus('end'));
    act(() => editor.view.pasteHTML(WORD_HTML));

    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
    expect(numbered()).toContain('第四条客户投诉应在两个工作日内答复。');
    const json = JSON.stringify(editor.getJSON());
    expect(json).toContain('"type":"orderedList"');
    expect(json).toContain('"type":"table"');
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('https://example.com/');
    expect(json).not.toMatch(/javascript|onerror|onclick|mso-|file:|仿宋|pwned/);
    expect(document.querySelector('.ProseMirror img')).toBeNull();
    expect(await screen.findByText(/2 张图片未能保留/)).toBeInTheDocument();

    await waitFor(() => expect(backend.inputsOf('revisions.save').length).toBeGreaterThan(0), { timeout: 3000 });
    const saved = JSON.stringify(backend.inputsOf('revisions.save').at(-1)!.content);
    expect(saved).toContain('"type":"article"');
    expect(saved).not.toMatch(/script|onerror|onclick|alert|javascript/);
  });

  it('keeps Word-numbered 第X章 list paragraphs as text so they become chapters', () => {
    const { html } = cleanPastedHtml(
      '<p style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">第三章<span> </span></span>附则</p><p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·</span>要点</p>',
    );
    expect(html).toBe('<p>第三章 附则</p><ul><li><p>要点</p></li></ul>');
  });
});

describe('find and replace', () => {
  it('highlights every match and replaces them all', async () => {
    await open();
    await screen.findByTestId('regulation-editor');
    act(() => void editorOf().commands.insertContentAt(editorOf().state.doc.content.size, '<p>质量管理部负责质量目标。</p>'));
    fireEvent.click(screen.getByTestId('tool-find'));
    fireEvent.change(screen.getByTestId('find-input'), { target: { value: '质量' } });
    await waitFor(() => expect(screen.getByTestId('find-count')).toHaveTextContent('/3'));
    expect(document.querySelectorAll('.ProseMirror .find-match')).toHaveLength(3);
    fireEvent.change(screen.getByTestId('replace-input'), { target: { value: '品质' } });
    fireEvent.click(screen.getByTestId('replace-all'));
    await waitFor(() => expect(editorOf().getText()).not.toContain('质量'));
    expect(editorOf().getText()).toContain('品质管理部负责品质目标。');
    expect(screen.getByText('已替换 3 处')).toBeInTheDocument();
    expect(document.querySelectorAll('.ProseMirror .find-match')).toHaveLength(0);
  });
});
