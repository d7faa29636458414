import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/auth/roles';
import type { User } from '../../../shared/users/contract';
import { call, isApiError } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { useLabels } from '../../i18n/labels';
import { sameAs, usernameRules } from '../auth/rules';
import { policyPasswordRules, usePolicy } from '../security/usePolicy';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  active: boolean;
  password: string;
  passwordConfirm: string;
}

interface Props {
  user?: User;
  /** The signed-in manager, who may not demote or deactivate themselves. */
  myId: string;
  departmentOptions: { value: string; label: string }[];
  onClose: () => void;
  onSaved: (user: User) => void;
}

export function UserFormModal({ user, myId, departmentOptions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const policy = usePolicy();
  const { message, modal } = App.useApp();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const self = user?.id === myId;

  async function save(values: Values) {
    setBusy(true);
    try {
      const common = { displayName: values.displayName.trim(), role: values.role, departmentId: values.departmentId ?? null };
      const saved = user
        ? await call('users.update', { id: user.id, version: user.version, ...common, active: values.active })
        : await call('users.create', { ...common, username: values.username.trim(), password: values.password });
      message.success(user ? t('users.saved') : t('users.created', { name: common.displayName }));
      onSaved(saved);
    } catch (e) {
      setBusy(false);
      if (isApiError(e, 'CONFLICT') && !user && e.message.includes(values.username.trim()))
        form.setFields([{ name: 'username', errors: [e.message] }]);
      else if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    }
  }

  function submit(values: Values) {
    if (user?.active && values.active === false)
      modal.confirm({
        title: t('users.deactivateTitle', { name: user.displayName }),
        content: t('users.deactivateBody'),
        okText: t('users.deactivate'),
        okType: 'danger',
        cancelText: t('common.cancel'),
        onOk: () => save(values),
      });
    else void save(values);
  }

  return (
    <Modal
      open
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      okText={user ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'user', loading: busy }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="user"
        layout="vertical"
        onFinish={submit}
        disabled={busy}
        initialValues={{
          username: user?.username ?? '',
          displayName: user?.displayName ?? '',
          role: user?.role ?? 'author',
          departmentId: user?.departmentId ?? null,
          active: user?.active ?? true,
        }}
      >
        <Form.Item name="username" label={t('users.username')} rules={user ? [] : usernameRules(t)}>
          <Input data-testid="user-username" disabled={Boolean(user)} autoFocus={!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
          <Input data-testid="user-display-name" autoFocus={Boolean(user)} />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('office.form.chooseRequired') }]} extra={self ? t('users.selfHint') : undefined}>
          <Select data-testid="user-role" options={labels.roleOptions} disabled={self} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('users.department')}>
          <Select data-testid="user-department" allowClear showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} placeholder={t('common.choose')} />
        </Form.Item>
        {user ? (
          <Form.Item name="active" label={t('users.active')} valuePropName="checked">
            <Switch data-testid="user-active" disabled={self} checkedChildren={t('users.activeYes')} unCheckedChildren={t('users.activeNo')} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="password" label={t('users.initialPassword')} rules={policyPasswordRules(t, policy)} extra={t('users.initialPasswordHelp')}>
              <Input.Password data-testid="user-password" autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="passwordConfirm" label={t('users.passwordConfirm')} dependencies={['password']} rules={sameAs('password', t)}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
