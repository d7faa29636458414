import { Button, Result, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSignedIn } from '../auth/session-context';
import { DepartmentsPage } from '../departments/DepartmentsPage';
import { DocumentDetailPage } from '../documents/DocumentDetailPage';
import { DocumentListPage } from '../documents/DocumentListPage';
import { RegisterExistingPage } from '../documents/RegisterExistingPage';
import { HomePage } from '../home/HomePage';
import { SystemLogPage } from '../audit/SystemLogPage';
import { OrganisationPage } from '../org/OrganisationPage';
import { SearchResultsPage } from '../search/SearchResultsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { UsersPage } from '../users/UsersPage';
import { AuditListPage } from '../audits/AuditListPage';
import { AuditPlanPage } from '../audits/AuditPlanPage';
import { ProgrammePage } from '../audits/ProgrammePage';
import { ScopePage } from '../scope/ScopePage';
import { MatrixPage } from '../matrix/MatrixPage';
import { CapaListPage } from '../capa/CapaListPage';
import { CapaPage } from '../capa/CapaPage';
import { RisksPage } from '../risks/RisksPage';
import { ReadingPage } from '../reading/ReadingPage';
import { TrainingPage } from '../training/TrainingPage';
import { navigate, type Route } from './router';
import { ChecklistPage } from '../audits/ChecklistPage';
import { FindingPage } from '../audits/FindingPage';
import { FindingsPage } from '../audits/FindingsPage';

// The editor (TipTap, ProseMirror) loads only when a revision is opened.
const RevisionPage = lazy(() => import('../revisions/RevisionPage').then((m) => ({ default: m.RevisionPage })));

export function Pages({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const home = (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('shell.backHome')}
    </Button>
  );
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'documents':
      return <DocumentListPage query={route.query} />;
    case 'document':
      return <DocumentDetailPage key={route.id} id={route.id} />;
    case 'revision':
      return (
        <Suspense fallback={<Skeleton active />}>
          <RevisionPage key={route.revisionId} documentId={route.documentId} revisionId={route.revisionId} find={route.find} />
        </Suspense>
      );
    case 'search':
      return <SearchResultsPage q={route.q} />;
    case 'departments':
      return <DepartmentsPage />;
    case 'organisation':
      return <OrganisationPage />;
    case 'users':
      return can('users.list', user.role) ? <UsersPage /> : <Result status="403" title={t('shell.forbidden')} extra={home} />;
    case 'settings':
      return <SettingsPage />;
    case 'scope':
      return <ScopePage />;
    case 'matrix':
      return <MatrixPage />;
    case 'registerExisting':
      return <RegisterExistingPage />;
    case 'log':
      return can('audit.list', user.role) ? <SystemLogPage /> : <Result status="403" title={t('shell.forbidden')} extra={home} />;
    case 'checklist':
      return <ChecklistPage key={route.auditId} auditId={route.auditId} />;
    case 'findings':
      return <FindingsPage query={route.query} />;
    case 'finding':
      return <FindingPage key={route.id} id={route.id} />;
    case 'audits':
      return <AuditListPage />;
    case 'audit':
      return <AuditPlanPage key={route.id} id={route.id} />;
    case 'programme':
      return <ProgrammePage key={route.year} year={route.year} />;
    case 'capaList':
      return <CapaListPage query={route.query} />;
    case 'capa':
      return <CapaPage key={route.id} id={route.id} />;
    case 'risks':
      return <RisksPage />;
    case 'reading':
      return <ReadingPage key={route.revisionId} revisionId={route.revisionId} />;
    case 'training':
      return <TrainingPage personId={route.personId} />;
    case 'notFound':
      return <Result status="404" title={t('shell.notFound')} extra={home} />;
  }
}
