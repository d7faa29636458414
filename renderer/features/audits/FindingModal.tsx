import { App, Button, Form, Input, Modal, Select, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/attachments/contract';
import { FINDING_GRADES, type Finding } from '../../../shared/audits/findings';
import { CLAUSE_NUMBERS } from '../../../shared/clauses/iso9001';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import type { ChecklistLine } from '../../../shared/audits/checklists';
import { uploadFile } from '../revisions/FileBody';
import { requirementText } from './ChecklistLineRow';
import { Thumbnail } from './Thumbnail';

interface Values {
  unitId: string;
  grade: Finding['grade'];
  facts: string;
  clauses: string[];
}

/** 开具审核发现: from a checklist line (its requirement, record and photos prefilled) or standalone. */
export function FindingModal({
  auditId,
  units,
  line,
  onClose,
  onCreated,
}: {
  auditId: string;
  units: { id: string; name: string }[];
  line: ChecklistLine | null;
  onClose: () => void;
  onCreated: (f: Finding) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<Attachment[]>(line?.attachments ?? []);
  const [busy, setBusy] = useState(false);
  const grade = line?.result === 'observation' ? 'observation' : line?.result === 'improvement' ? 'improvement' : 'minor';

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const f = await call('findings.create', {
        auditId,
        lineId: line?.id ?? null,
        unitId: v.unitId,
        grade: v.grade,
        facts: v.facts ?? '',
        clauses: (v.clauses ?? []) as never,
        attachmentIds: files.map((x) => x.id),
      });
      onCreated(f);
    } catch (e) {
      if (!applyFieldErrors(form, e)) void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const attach = async (file: File) => {
    try {
      const id = await uploadFile(file);
      const stored = await call('attachments.get', { id });
      setFiles((fs) => (fs.some((x) => x.id === id) ? fs : [...fs, { ...stored, dataBase64: undefined } as unknown as Attachment]));
    } catch (e) {
      void message.error(t('checklists.uploadFailed', { name: file.name, message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <Modal open title={t('findings.new')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      {line && <p data-testid="finding-from-line">{t('findings.fromLine', { requirement: requirementText(line) || line.question })}</p>}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ unitId: line?.unitId ?? units[0]?.id, grade, facts: line?.record ?? '', clauses: line?.clause ? [line.clause] : [] }}
      >
        <Form.Item name="unitId" label={t('findings.unit')} rules={[{ required: true }]}>
          <Select options={units.map((u) => ({ value: u.id, label: u.name }))} data-testid="finding-unit" />
        </Form.Item>
        <Form.Item name="grade" label={t('findings.grade')} rules={[{ required: true }]}>
          <Select options={FINDING_GRADES.map((g) => ({ value: g, label: t(`findings.grades.${g}`) }))} data-testid="finding-grade" />
        </Form.Item>
        <Form.Item name="facts" label={t('findings.facts')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="finding-facts" />
        </Form.Item>
        <Form.Item name="clauses" label={t('findings.clauses')}>
          <Select mode="multiple" options={CLAUSE_NUMBERS.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        {line?.article && (
          <Form.Item label={t('findings.article')}>
            {line.article.documentNumber} {line.article.label}（{line.article.revisionLabel}）
          </Form.Item>
        )}
        <Form.Item label={t('findings.evidence')}>
          <Space wrap>
            {files.map((f) => (
              <Thumbnail key={f.id} file={f} size={56} />
            ))}
            <Upload showUploadList={false} multiple beforeUpload={(file) => (void attach(file), false)}>
              <Button>{t('checklists.attach')}</Button>
            </Upload>
          </Space>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="finding-submit">
            {t('findings.create')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
