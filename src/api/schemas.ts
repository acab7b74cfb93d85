// JSON Schema pieces the routes share: they validate requests and make the OpenAPI document.
import { EVENT_SORTS, EVENT_STATUSES } from '../store/store.js';
import { CASUALTY_FIELDS, DATE_PRECISIONS, LOCATION_PRECISIONS, STANCES } from '../store/event-patch.js';

export const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
export const NULLABLE_DATE = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
export const SHA256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;

export const PAGE = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
} as const;

export const EVENT_FILTER = {
  country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' },
  admin1: { type: 'string', maxLength: 200, description: 'an admin-1 name or ISO 3166-2 code' },
  from: { ...DATE, description: 'the event interval ends on or after this day' },
  to: { ...DATE, description: 'the event interval starts on or before this day' },
  type: { type: 'string', maxLength: 200, description: 'ACLED event or sub-event type, or GTD attack type' },
  actor: { type: 'string', maxLength: 200, description: 'part of an actor name' },
  status: { type: 'string', pattern: `^(${EVENT_STATUSES.join('|')})(,(${EVENT_STATUSES.join('|')}))*$`, description: 'comma-separated review statuses' },
  q: { type: 'string', maxLength: 500, description: 'free text: every word, as a prefix, in the incident text, summary, place or actors' },
  document: SHA256,
  scope: { type: 'string', enum: ['current', 'all'], default: 'current', description: "current: the latest analysis of each document; all: history too" },
} as const;

export const EVENT_LIST_QUERY = { type: 'object', additionalProperties: false, properties: { ...EVENT_FILTER, ...PAGE, sort: { type: 'string', enum: [...EVENT_SORTS], default: '-date' } } } as const;

export const ID_PARAM = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;
export const DOC_PARAM = { type: 'object', required: ['id'], properties: { id: SHA256 } } as const;

export const ERROR = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, requestId: { type: 'string' }, details: {} } } },
} as const;

const QUANTITY = { anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, required: ['low', 'best', 'high'], properties: { low: { type: ['integer', 'null'], minimum: 0 }, best: { type: ['integer', 'null'], minimum: 0 }, high: { type: ['integer', 'null'], minimum: 0 } } }] } as const;
const NULLABLE_TEXT = { type: ['string', 'null'], maxLength: 500 } as const;
const NULLABLE_NUMBER = { type: ['number', 'null'] } as const;

export const EVENT_PATCH = {
  type: 'object', additionalProperties: false, minProperties: 1,
  properties: {
    summary: { type: 'string', minLength: 1, maxLength: 1000 },
    stance: { type: 'string', enum: [...STANCES] },
    date: { type: 'object', additionalProperties: false, properties: { earliest: NULLABLE_DATE, latest: NULLABLE_DATE, best: NULLABLE_DATE, precision: { type: 'string', enum: [...DATE_PRECISIONS] } } },
    location: {
      type: 'object', additionalProperties: false,
      properties: { name: NULLABLE_TEXT, country: { type: ['string', 'null'], pattern: '^[A-Z]{2}$' }, admin1: NULLABLE_TEXT, admin1Code: NULLABLE_TEXT, lat: NULLABLE_NUMBER, lon: NULLABLE_NUMBER, precision: { type: 'string', enum: [...LOCATION_PRECISIONS] }, uncertaintyKm: NULLABLE_NUMBER },
    },
    type: {
      type: 'object', additionalProperties: false,
      properties: { acledEventType: NULLABLE_TEXT, acledSubEventType: NULLABLE_TEXT, gtdAttackType: NULLABLE_TEXT, gtdWeaponTypes: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 200 } }, suicide: { type: 'boolean' } },
    },
    casualties: { type: 'object', additionalProperties: false, properties: Object.fromEntries(CASUALTY_FIELDS.map((f) => [f, QUANTITY])) },
    status: { type: 'string', enum: [...EVENT_STATUSES] },
    note: { type: 'string', maxLength: 2000 },
  },
} as const;

export const DOCUMENT_IN = {
  type: 'object', additionalProperties: false, required: ['text'],
  properties: { text: { type: 'string', minLength: 1 }, published: NULLABLE_DATE, title: { type: ['string', 'null'], maxLength: 500 }, name: { type: ['string', 'null'], maxLength: 500 } },
} as const;

export const ASSESSMENT_OPTIONS = { type: 'object', additionalProperties: false, properties: { threshold: { type: 'number', minimum: 0, maximum: 1 }, reviewThreshold: { type: 'number', minimum: 0, maximum: 1 } } } as const;

const STATUS = { type: 'string', enum: [...EVENT_STATUSES] } as const;

export const CARRIED_EVENTS = {
  type: 'object', required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object', required: ['eventId', 'ordinal', 'summary', 'from', 'carried', 'status', 'at', 'by'],
        properties: {
          eventId: { type: 'integer' }, ordinal: { type: 'integer' }, summary: { type: 'string' },
          from: { type: ['integer', 'null'], description: 'the earlier event it took over from' },
          carried: { type: 'object', required: ['status', 'edited'], properties: { status: STATUS, edited: { type: 'array', items: { type: 'string' } } } },
          status: { ...STATUS, description: 'its status now' }, at: { type: 'string' }, by: { type: 'string' },
        },
      },
    },
  },
} as const;

export const AUDIT_ACTIONS = {
  type: 'object', required: ['items'],
  properties: { items: { type: 'array', items: { type: 'object', required: ['action', 'count'], properties: { action: { type: 'string' }, count: { type: 'integer' } } } } },
} as const;
