import { render, screen, waitFor } from '@testing-library/react';
import { Form, Input, type FormInstance } from 'antd';
import { ApiCallError } from '../../renderer/api/client';
import { applyFieldErrors } from '../../renderer/api/formErrors';
import { setLanguage } from '../../renderer/i18n';

function Harness({ onForm }: { onForm: (form: FormInstance) => void }) {
  const [form] = Form.useForm();
  onForm(form);
  return (
    <Form form={form}>
      <Form.Item name="title" label="title">
        <Input />
      </Form.Item>
      <Form.Item name="nextReviewDate" label="review">
        <Input />
      </Form.Item>
    </Form>
  );
}

describe('server validation details on form fields', () => {
  it('puts each issue under its field, translated by its code, and reports what it could not place', async () => {
    await setLanguage('zh-CN');
    let form: FormInstance | undefined;
    render(<Harness onForm={(f) => (form = f)} />);
    const error = new ApiCallError('VALIDATION', '输入有误：title, nextReviewDate, owner', [
      { path: ['title'], message: 'Too small: expected string to have >=1 characters', code: 'too_small' },
      { path: ['nextReviewDate'], message: 'nextReviewDate must not be before effectiveDate', code: 'custom' },
    ]);

    expect(applyFieldErrors(form!, error, { nextReviewDate: '下次复审日期不能早于生效日期。' })).toBe(true);
    await waitFor(() => expect(screen.getByText('内容太短或数值太小。')).toBeInTheDocument());
    expect(screen.getByText('下次复审日期不能早于生效日期。')).toBeInTheDocument();

    const elsewhere = new ApiCallError('VALIDATION', '输入有误：ownerId', [{ path: ['ownerId'], message: 'Invalid UUID', code: 'invalid_format' }]);
    expect(applyFieldErrors(form!, elsewhere)).toBe(false);
    expect(applyFieldErrors(form!, new ApiCallError('CONFLICT', '该记录已被他人修改，请刷新后再试。'))).toBe(false);
  });
});
