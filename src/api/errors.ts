// Every failure as {"error": {code, message, requestId, details?}} with the catalogue's status.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ClaimScopeError, ERRORS, type ErrorCode } from '../core/errors.js';

// Fastify's own errors, by their codes, mapped onto the catalogue.
const FASTIFY: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'input.too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.bad_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.bad_json',
  FST_ERR_CTP_EMPTY_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'request.unsupported_media_type',
};

export interface ErrorBody { error: { code: ErrorCode; message: string; requestId: string; details?: unknown } }

export function toApiError(err: unknown): { code: ErrorCode; message: string; details?: unknown } {
  if (err instanceof ClaimScopeError) return { code: err.code, message: err.message };
  const f = err as FastifyError & { validation?: { instancePath: string; message?: string }[]; validationContext?: string };
  if (f.validation) {
    const details = f.validation.map((v) => ({ where: `${f.validationContext ?? 'request'}${v.instancePath}`, problem: v.message ?? 'invalid' }));
    return { code: 'request.invalid', message: `${ERRORS['request.invalid'].message}: ${details.map((d) => `${d.where} ${d.problem}`).join('; ')}`, details };
  }
  if (typeof f.code === 'string' && FASTIFY[f.code]) return { code: FASTIFY[f.code], message: ERRORS[FASTIFY[f.code]].message };
  if (f instanceof SyntaxError) return { code: 'request.bad_json', message: ERRORS['request.bad_json'].message };
  return { code: 'internal', message: ERRORS.internal.message };
}

export function errorReply(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const e = toApiError(err);
  const status = ERRORS[e.code].http;
  if (status >= 500) req.log.error({ err, code: e.code }, 'request failed');
  else req.log.info({ code: e.code }, e.message);
  const body: ErrorBody = { error: { code: e.code, message: e.message, requestId: String(req.id), ...(e.details ? { details: e.details } : {}) } };
  return reply.status(status).type('application/json').send(body);
}
