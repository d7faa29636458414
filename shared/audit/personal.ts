/**
 * Fields that hold personal data, per kind of record: the audit trail stores a fingerprint of their values,
 * never the values. A module that stores personal data (complaints: the customer's name and phone number)
 * adds its entry here, e.g. `complaint: ['customerName', 'customerPhone']`.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {};

/** How a fingerprint looks in the trail; the renderer shows it as "personal data (fingerprint)". */
export const FINGERPRINT_PREFIX = 'fp:hmac-sha256:';
export const isFingerprint = (v: unknown): v is string => typeof v === 'string' && v.startsWith(FINGERPRINT_PREFIX);
