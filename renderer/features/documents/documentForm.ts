import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { Input } from '../../../shared/api/contract';
import type { QmsDocument } from '../../../shared/documents/contract';
import type { DocumentType, EDITABLE_STATUSES } from '../../../shared/documents/types';

export interface DocumentFormValues {
  number: string;
  title: string;
  type: DocumentType | undefined;
  departmentId: string | null;
  ownerId: string | null;
  status: (typeof EDITABLE_STATUSES)[number];
  versionLabel: string;
  effectiveDate: Dayjs | null;
  nextReviewDate: Dayjs | null;
  tags: string[];
}

export function initialValues(doc: QmsDocument | undefined, myId: string): DocumentFormValues {
  if (!doc)
    return {
      number: '',
      title: '',
      type: undefined,
      departmentId: null,
      ownerId: myId,
      status: 'draft',
      versionLabel: 'A/0',
      effectiveDate: null,
      nextReviewDate: null,
      tags: [],
    };
  return {
    number: doc.number,
    title: doc.title,
    type: doc.type,
    departmentId: doc.departmentId,
    ownerId: doc.ownerId,
    status: doc.status === 'obsolete' ? 'effective' : doc.status,
    versionLabel: doc.versionLabel,
    effectiveDate: doc.effectiveDate ? dayjs(doc.effectiveDate) : null,
    nextReviewDate: doc.nextReviewDate ? dayjs(doc.nextReviewDate) : null,
    tags: doc.tags,
  };
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The fields both create and update take; the number is left out when blank so the server assigns one. */
export function toFields(values: DocumentFormValues) {
  const number = values.number?.trim();
  return {
    ...(number ? { number } : {}),
    title: values.title.trim(),
    type: values.type as DocumentType,
    departmentId: values.departmentId ?? null,
    ownerId: values.ownerId ?? null,
    status: values.status,
    versionLabel: values.versionLabel.trim(),
    effectiveDate: day(values.effectiveDate),
    nextReviewDate: day(values.nextReviewDate),
    tags: [...new Set((values.tags ?? []).map((tag) => tag.trim()).filter(Boolean))],
  } satisfies Input<'documents.create'>;
}

/** Mirrors the document schema in shared/documents/contract.ts. */
export function documentRules(t: TFunction) {
  const rules = {
    number: [
      { max: 64 },
      { pattern: /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, message: t('documents.form.numberRule') },
    ],
    title: [{ required: true, whitespace: true }, { max: 200 }],
    type: [{ required: true }],
    status: [{ required: true }],
    versionLabel: [{ required: true, whitespace: true }, { max: 16 }],
    tags: [
      { type: 'array', max: 20, message: t('documents.form.tagsRule') },
      {
        validator: (_r: unknown, tags: string[] | undefined) =>
          (tags ?? []).every((tag) => tag.trim().length <= 32) ? Promise.resolve() : Promise.reject(new Error(t('documents.form.tagsRule'))),
      },
    ],
    nextReviewDate: [
      ({ getFieldValue }) => ({
        validator: (_r: unknown, review: Dayjs | null) => {
          const effective = getFieldValue('effectiveDate') as Dayjs | null;
          return !review || !effective || !review.isBefore(effective, 'day')
            ? Promise.resolve()
            : Promise.reject(new Error(t('documents.form.reviewBeforeEffective')));
        },
      }),
    ],
  } satisfies Record<string, FormRule[]>;
  return rules;
}
