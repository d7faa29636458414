import { renderHook } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { useRevisionDescriber } from '../../renderer/features/revisions/useRevisionDescriber';

// Testers saw "步骤 0" in the trail: the author's signature is stored as step 0 and route steps from 1.
// Users see route steps counted from 1 and the author's step named, never a 0.
describe('approval step numbers in the trail', () => {
  it('names the author step and counts route steps from 1 (zh-CN)', async () => {
    await setLanguage('zh-CN');
    const { result } = renderHook(() => useRevisionDescriber());
    expect(result.current.value('step', 0)).toBe('提交（作者签署）');
    expect(result.current.value('step', 1)).toBe('第 1 步');
    expect(result.current.value('step', 3)).toBe('第 3 步');
  });

  it('does the same in English', async () => {
    await setLanguage('en');
    const { result } = renderHook(() => useRevisionDescriber());
    expect(result.current.value('step', 0)).toBe('Submission (author)');
    expect(result.current.value('step', 2)).toBe('Step 2');
    expect(result.current.value('step', null)).not.toMatch(/0/);
  });
});
