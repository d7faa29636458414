import { fireEvent, screen, within } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const WRONG = '当前密码不正确。';

describe('change my password', () => {
  it('puts a wrong current password under its field in the server’s words, and succeeds with the right one', async () => {
    let attempts = 0;
    const { backend } = await renderSignedIn('author', '#/settings', {
      'auth.changePassword': () =>
        ++attempts === 1 ? new Refusal('VALIDATION', WRONG, [{ path: ['currentPassword'], message: 'wrong password', code: 'custom' }]) : {},
    });
    const card = (await screen.findByText('修改我的密码')).closest('.ant-card') as HTMLElement;
    const [current, next, confirm] = [within(card).getByLabelText('当前密码'), within(card).getByLabelText('新密码'), within(card).getByLabelText('确认新密码')] as HTMLInputElement[];
    fireEvent.change(current!, { target: { value: 'not-my-password' } });
    fireEvent.change(next!, { target: { value: 'new password 2' } });
    fireEvent.change(confirm!, { target: { value: 'new password 2' } });
    fireEvent.click(within(card).getByRole('button', { name: '修改密码' }));
    expect(await within(card).findByText(WRONG)).toBeInTheDocument();
    expect(within(card).queryByText('wrong password')).not.toBeInTheDocument();

    fireEvent.change(current!, { target: { value: 'correct horse 1' } });
    fireEvent.click(within(card).getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('密码已修改，其他设备上的登录已退出。')).toBeInTheDocument();
    expect(backend.inputsOf('auth.changePassword')[1]).toEqual({ currentPassword: 'correct horse 1', newPassword: 'new password 2' });
  });
});
