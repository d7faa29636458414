import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, ROLES, type Role } from '../../shared/auth/roles';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, type DocumentStatus, type DocumentType } from '../../shared/documents/types';

/** Translated names of roles, document types and statuses, for labels and select options. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language === 'en' ? 'en' : 'zh-CN';
  const role = (r: Role) => ROLE_LABELS[r][lng];
  const type = (x: DocumentType) => t(`docType.${x}`);
  const status = (s: DocumentStatus) => t(`docStatus.${s}`);
  return {
    role,
    type,
    status,
    roleOptions: ROLES.map((value) => ({ value, label: role(value) })),
    typeOptions: DOCUMENT_TYPES.map((value) => ({ value, label: type(value) })),
    statusOptions: (only: readonly DocumentStatus[] = DOCUMENT_STATUSES) => only.map((value) => ({ value, label: status(value) })),
  };
}
