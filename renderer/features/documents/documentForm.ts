import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { Input } from '../../../shared/api/contract';
import type { QmsDocument } from '../../../shared/documents/contract';
import type { DocumentType } from '../../../shared/documents/types';
import type { Language } from '../../../shared/editor/structure';
import type { TemplateId } from '../../../shared/templates/catalog';

export interface DocumentFormValues {
  number: string;
  title: string;
  type: DocumentType | undefined;
  departmentId: string | null;
  ownerId: string | null;
  nextReviewDate: Dayjs | null;
  tags: string[];
  reviewIntervalMonths: number;
  language: Language;
  approverIds: string[];
  /** Creating only: start the first draft from this template. */
  templateId: TemplateId | null;
}

export function initialValues(doc: QmsDocument | undefined, myId: string): DocumentFormValues {
  if (!doc)
    return {
      number: '',
      title: '',
      type: undefined,
      departmentId: null,
      ownerId: myId,
      nextReviewDate: null,
      tags: [],
      reviewIntervalMonths: 12,
      language: 'zh-CN',
      approverIds: [],
      templateId: null,
    };
  return {
    number: doc.number,
    title: doc.title,
    type: doc.type,
    departmentId: doc.departmentId,
    ownerId: doc.ownerId,
    nextReviewDate: doc.nextReviewDate ? dayjs(doc.nextReviewDate) : null,
    tags: doc.tags,
    reviewIntervalMonths: doc.reviewIntervalMonths,
    language: doc.language,
    approverIds: doc.approverIds,
    templateId: null,
  };
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * The fields both create and update take; the number is left out when blank so the server assigns one.
 * Status, version and effective date follow approved revisions and are never sent; approvers only by
 * quality managers (the route decides who signs).
 */
export function toFields(values: DocumentFormValues, withApprovers = true) {
  const number = values.number?.trim();
  return {
    ...(number ? { number } : {}),
    title: values.title.trim(),
    type: values.type as DocumentType,
    departmentId: values.departmentId ?? null,
    ownerId: values.ownerId ?? null,
    nextReviewDate: day(values.nextReviewDate),
    tags: [...new Set((values.tags ?? []).map((tag) => tag.trim()).filter(Boolean))],
    reviewIntervalMonths: values.reviewIntervalMonths,
    language: values.language,
    ...(withApprovers ? { approverIds: values.approverIds ?? [] } : {}),
  } satisfies Input<'documents.create'>;
}

/** Mirrors the document schema in shared/documents/contract.ts. */
/** `effectiveDate`: the document's, which its next review may not precede. */
export function documentRules(t: TFunction, effectiveDate: string | null = null) {
  const rules = {
    number: [
      { max: 64 },
      { pattern: /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, message: t('documents.form.numberRule') },
    ],
    title: [{ required: true, whitespace: true }, { max: 200 }],
    // antd says 请输入 for every empty field; a select asks one to choose (请选择).
    type: [{ required: true, message: t('office.form.chooseRequired') }],
    reviewIntervalMonths: [{ required: true }, { type: 'integer', min: 1, max: 120, message: t('docControl.intervalRule') }],
    approverIds: [{ type: 'array', max: 20 }],
    tags: [
      { type: 'array', max: 20, message: t('documents.form.tagsRule') },
      {
        validator: (_r: unknown, tags: string[] | undefined) =>
          (tags ?? []).every((tag) => tag.trim().length <= 32) ? Promise.resolve() : Promise.reject(new Error(t('documents.form.tagsRule'))),
      },
    ],
    nextReviewDate: [
      () => ({
        validator: (_r: unknown, review: Dayjs | null) => {
          const effective = effectiveDate ? dayjs(effectiveDate) : null;
          return !review || !effective || !review.isBefore(effective, 'day')
            ? Promise.resolve()
            : Promise.reject(new Error(t('documents.form.reviewBeforeEffective')));
        },
      }),
    ],
  } satisfies Record<string, FormRule[]>;
  return rules;
}
