import { Col, Flex, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { AuditVerifyCard } from '../audit/AuditVerifyCard';
import { useSignedIn } from '../auth/session-context';
import { SecurityCard } from '../security/SecurityCard';
import { PageHeader } from '../shell/PageHeader';
import { RoutesCard } from '../routes/RoutesCard';
import { ApprovalCard } from './ApprovalCard';
import { AttachmentsCard } from './AttachmentsCard';
import { BackupCard } from './BackupCard';
import { ChangePasswordCard } from './ChangePasswordCard';
import { LanguageCard } from './LanguageCard';
import { OrganisationCard } from './OrganisationCard';
import { SystemInfoCard } from './SystemInfoCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  // Each new backup is counted in the system card at once.
  const [backups, setBackups] = useState(0);
  const personal = [<LanguageCard key="language" />, <ChangePasswordCard key="password" />];
  const organisation = [
    can('settings.update', user.role) && <OrganisationCard key="organisation" />,
    can('settings.update', user.role) && <ApprovalCard key="approval" />,
    can('routes.set', user.role) && <RoutesCard key="routes" />,
    can('settings.update', user.role) && <AttachmentsCard key="attachments" />,
    can('security.updatePolicy', user.role) && <SecurityCard key="security" />,
    can('system.backup', user.role) && <BackupCard key="backup" onBackedUp={() => setBackups((n) => n + 1)} />,
    can('audit.verify', user.role) && <AuditVerifyCard key="audit" />,
    can('system.info', user.role) && <SystemInfoCard key="system" reloadKey={backups} />,
  ];
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            {personal}
          </Flex>
        </Col>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            {organisation}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
