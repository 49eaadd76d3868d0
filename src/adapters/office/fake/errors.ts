/**
 * The errors the fake raises, shaped like Office.js's `OfficeExtension.Error`: a `code` from
 * Excel's error codes and a `debugInfo` saying where the batch failed.
 */
export const FakeErrorCode = {
  propertyNotLoaded: 'PropertyNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  apiNotFound: 'ApiNotFound',
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

export type FakeErrorCodeValue = (typeof FakeErrorCode)[keyof typeof FakeErrorCode];

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function fail(code: FakeErrorCodeValue, message: string, location?: string): never {
  throw new FakeOfficeError(code, message, location);
}
