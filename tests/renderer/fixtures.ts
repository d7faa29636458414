import type { Output } from '../../shared/api/contract';
import type { Role } from '../../shared/auth/roles';
import type { QmsDocument } from '../../shared/documents/contract';
import type { User } from '../../shared/users/contract';

const AT = '2026-03-01T08:00:00.000Z';
export const QA_DEPT = '01950000-0000-7000-8000-0000000000d1';
export const ORG_UNIT = '00000000-0000-4000-8000-000000000001';
export const CS_DEPT = '01950000-0000-7000-8000-0000000000d2';

export function user(role: Role, overrides: Partial<User> = {}): User {
  const names: Record<Role, [string, string]> = {
    quality_manager: ['zhanghua', '张华'],
    author: ['lina', '李娜'],
    auditor: ['wangqiang', '王强'],
    executive: ['chenjing', '陈静'],
  };
  const index = ['quality_manager', 'author', 'auditor', 'executive'].indexOf(role) + 1;
  return {
    id: `01950000-0000-7000-8000-00000000000${index}`,
    username: names[role][0],
    displayName: names[role][1],
    role,
    departmentId: QA_DEPT,
    active: true,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export const settings: Output<'settings.get'> = { organisationName: '安和城市服务有限公司', documentNumberPattern: 'QM-{type}-{seq:3}', allowSelfApproval: false, attachmentMaxBytes: 20 * 1024 * 1024 };

export function doc(n: number, overrides: Partial<QmsDocument> = {}): QmsDocument {
  return {
    id: `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    number: `QM-P-${String(n).padStart(3, '0')}`,
    title: `程序文件 ${n}`,
    type: 'procedure',
    departmentId: QA_DEPT,
    departmentName: '质量管理部',
    ownerId: user('author').id,
    ownerName: '李娜',
    status: 'effective',
    versionLabel: 'B/1',
    effectiveDate: '2025-07-01',
    nextReviewDate: '2027-07-01',
    tags: [],
    obsoleteReason: null,
    reviewIntervalMonths: 12,
    language: 'zh-CN',
    approverIds: [],
    controlled: false,
    pending: null,
    deletable: false,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export const departments: Output<'departments.list'> = {
  items: [
    { id: QA_DEPT, name: '质量管理部', code: 'QA', parentId: ORG_UNIT, kind: 'department', headPersonId: null, headName: null, order: 1, closedAt: null, version: 1, createdAt: AT, updatedAt: AT },
    { id: CS_DEPT, name: '客户服务部', code: 'CS', parentId: ORG_UNIT, kind: 'department', headPersonId: null, headName: null, order: 2, closedAt: null, version: 1, createdAt: AT, updatedAt: AT },
  ],
  total: 2,
};

export const directory: Output<'users.directory'> = (['quality_manager', 'author', 'auditor', 'executive'] as const).map((r) => {
  const { id, username, displayName, role, departmentId, active } = user(r);
  return { id, username, displayName, role, departmentId, active };
});

export const summary: Output<'documents.summary'> = {
  byStatus: { draft: 3, effective: 16, obsolete: 1 },
  total: 20,
  inReview: 1,
  pending: 0,
  reviewDue: [doc(4, { nextReviewDate: '2026-01-01' })],
  reviewDueTotal: 12,
};

export const status = (initialized: boolean): Output<'system.status'> => ({ initialized, appVersion: '0.1.0', schemaVersion: 1 });
