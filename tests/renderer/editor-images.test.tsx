import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MAX_IMAGE_BYTES } from '../../shared/editor/content';
import { setLanguage } from '../../renderer/i18n';
import { renderSignedIn } from './render-app';
import { editorOf, regulationDoc, revision, revisionHash, summary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('pictures', () => {
  it('embeds a picked picture as a data URL, keeps typing after it, and refuses one that is too large or not a picture', async () => {
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(),
      'revisions.save': (input) => summary({ version: input.version + 1 }),
    });
    await screen.findByTestId('regulation-editor');
    act(() => void editorOf().commands.focus('end'));
    const input = screen.getByTestId('image-input');
    fireEvent.change(input, { target: { files: [new File([PNG], '标志.png', { type: 'image/png' })] } });
    await waitFor(() => expect(document.querySelector('.ProseMirror img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/));
    act(() => void editorOf().commands.insertContent('图后文字'));
    const json = editorOf().getJSON().content!;
    expect(json.map((n) => n.type).slice(-2)).toEqual(['image', 'paragraph']);

    fireEvent.change(input, { target: { files: [new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], '大图.png', { type: 'image/png' })] } });
    expect(await screen.findByText('“大图.png”太大，不能插入：每张图片不超过 2 MB。')).toBeInTheDocument();
    fireEvent.change(input, { target: { files: [new File(['<svg/>'], '矢量.svg', { type: 'image/svg+xml' })] } });
    expect(await screen.findByText('“矢量.svg”不能插入：只支持 PNG、JPEG 和 GIF 图片。')).toBeInTheDocument();
    expect(document.querySelectorAll('.ProseMirror img')).toHaveLength(1);

    await waitFor(() => expect(backend.inputsOf('revisions.save').length).toBeGreaterThan(0), { timeout: 3000 });
    expect(JSON.stringify(backend.inputsOf('revisions.save').at(-1)!.content)).toContain('data:image/png;base64,');
  });
});
