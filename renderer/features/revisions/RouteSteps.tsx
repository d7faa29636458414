import { EditOutlined } from '@ant-design/icons';
import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Assignee, RouteStep } from '../../../shared/routes/contract';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { useApi } from '../../api/useApi';
import { useLabels } from '../../i18n/labels';

/**
 * The revision's approval route: 编制, then each step with who signs it, which are signed and which
 * awaits a signature. Before the first submission it shows the route the document will follow.
 */
export function RouteSteps({ revision }: { revision: RevisionSummary }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const planned = useApi('routes.effective', revision.route ? null : { documentId: revision.documentId });
  // A route not yet followed names people the revision does not know yet: the directory does.
  const people = useApi('users.directory', revision.route ? null : {});
  const nameOf = (id: string) => revision.userNames[id] ?? people.data?.find((p) => p.id === id)?.displayName ?? '—';
  const steps: RouteStep[] | undefined = revision.route ?? planned.data?.steps;
  if (!steps) return null;
  const inReview = revision.status === 'in_review';
  const live = revision.signatures.filter((s) => s.voidedAt === null && s.round === revision.round);
  const who = (a: Assignee) =>
    a.kind === 'user'
      ? nameOf(a.userId)
      : a.kind === 'role'
        ? t('approval.route.role', { role: labels.role(a.role) })
        : a.kind === 'unitHead'
          ? t('tasks.unitHead')
          : t('approval.route.documentApprovers');
  const state = (stepNo: number): 'finish' | 'process' | 'wait' => {
    if (revision.status === 'draft') return 'wait';
    if (!inReview) return 'finish';
    if (revision.currentStep === stepNo) return 'process';
    return revision.currentStep !== null && stepNo < revision.currentStep ? 'finish' : 'wait';
  };
  const sep = t('common.listSeparator');
  const signersAt = (stepNo: number) => live.filter((s) => s.step === stepNo).map((s) => s.signerName);
  const items = [
    {
      title: t('revisions.meaning.authored'),
      // The author's step is named, not numbered, so the route's steps are numbered 1… as in the trail and the sign dialog.
      icon: <EditOutlined />,
      status: revision.status === 'draft' ? ('process' as const) : ('finish' as const),
      description: signersAt(0).join(sep) || t('approval.route.authorWho'),
    },
    ...steps.map((step, i) => {
      const signed = signersAt(i + 1);
      const missing = revision.currentStep === i + 1 ? revision.missingSigners.map(nameOf) : [];
      return {
        title: t(`revisions.meaning.${step.meaning}`),
        status: state(i + 1),
        description: (
          <>
            <div>
              {step.assignees.map(who).join(sep)}
              {step.assignees.length > 1 && ` · ${t(step.mode === 'all' ? 'approval.route.all' : 'approval.route.any')}`}
            </div>
            {signed.length > 0 && <Typography.Text type="success">{t('approval.route.signedBy', { names: signed.join(sep) })}</Typography.Text>}
            {missing.length > 0 && <div>{t('approval.route.missing', { names: missing.join(sep) })}</div>}
          </>
        ),
      };
    }),
  ];
  return (
    <div data-testid="route-steps" style={{ marginBottom: 12 }}>
      {!revision.route && planned.data && (
        <Typography.Text type="secondary">
          {t('approval.route.notSubmitted')} {t(`approval.route.source.${planned.data.source}`)}
        </Typography.Text>
      )}
      <Steps size="small" initial={0} items={items} style={{ marginTop: 8 }} />
    </div>
  );
}
