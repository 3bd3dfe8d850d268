import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HttpError } from '../errors';

type Body = { error: { code: string; message: string; fields?: Record<string, string> } };

const UNKNOWN_FIELD = 'Okänt fält';

/** Every failure leaves as `{ error: { code, message, fields? } }`; internals never reach the client. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send(body(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply
        .status(400)
        .send(body('validation_failed', 'Kontrollera de markerade fälten', fieldsOf(error)));
    }
    if (!isResponseSerializationError(error as never) && isClientError(error)) {
      return reply.status(error.statusCode as number).send(clientErrorBody(error));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(body('internal', 'Något gick fel hos oss. Försök igen om en stund.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(body('not_found', `Det finns ingen sida ${request.method} ${request.url.split('?')[0]}`));
  });
}

function body(code: string, message: string, fields?: Record<string, string>): Body {
  return { error: fields && Object.keys(fields).length > 0 ? { code, message, fields } : { code, message } };
}

function isClientError(error: FastifyError): boolean {
  return typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
}

function fieldsOf(error: {
  validation: { instancePath: string; message?: string; keyword: string; params: unknown }[];
}) {
  const fields: Record<string, string> = {};
  for (const issue of error.validation) {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const params = issue.params as { keys?: string[] };
    if (issue.keyword === 'unrecognized_keys' && params.keys) {
      for (const key of params.keys) fields[base ? `${base}.${key}` : key] = UNKNOWN_FIELD;
      continue;
    }
    const key = base || '_';
    fields[key] ??= swedishMessage(issue.keyword, issue.message);
  }
  return fields;
}

/** zod's own English defaults are replaced; our schemas give Swedish messages where it matters. */
function swedishMessage(keyword: string, message: string | undefined): string {
  if (message && !/^(Invalid|Expected|Too|Unrecognized|Required)/.test(message)) return message;
  if (keyword === 'invalid_type' && message?.includes('received undefined')) return 'Fältet måste fyllas i';
  switch (keyword) {
    case 'invalid_type':
      return 'Fel typ av värde';
    case 'too_small':
      return 'Värdet är för kort eller för litet';
    case 'too_big':
      return 'Värdet är för långt eller för stort';
    case 'invalid_value':
    case 'invalid_union':
      return 'Ogiltigt värde';
    case 'invalid_format':
      return 'Ogiltigt format';
    default:
      return 'Ogiltigt värde';
  }
}

function clientErrorBody(error: FastifyError): Body {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return body('malformed_json', 'Förfrågan innehåller ogiltig JSON', { _: 'Ogiltig JSON' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return body('payload_too_large', 'Förfrågan är för stor', { _: 'För stor' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return body('unsupported_media_type', 'Skicka data som application/json', { _: 'Fel innehållstyp' });
    default:
      if (error.statusCode === 429)
        return body('rate_limited', 'För många försök. Vänta en stund och försök igen.');
      if (error.statusCode === 404) return body('not_found', 'Hittades inte');
      return body('validation_failed', 'Förfrågan kunde inte tolkas', { _: error.message });
  }
}
