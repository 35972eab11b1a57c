import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isPublicOperation, rootFieldPolicies } from '../../../src/graphql/field-policy.js';
import { readableCoercionError } from '../../../src/graphql/mask-error.js';
import { schema } from '../../../src/graphql/schema.js';
import { parseTrustProxy } from '../../../src/http/client-address.js';
import { InputShapeError, jsonToInput } from '../../../src/rest/json-to-input.js';

describe('jsonToInput', () => {
  const bulkInput = schema.getType('SendBulkInput') as Parameters<typeof jsonToInput>[1];

  it('drops fields the input type does not know, at every depth, and reads a phone written as an integer as its digits', () => {
    expect(jsonToInput({ recipients: [{ phone: 966501234567, message: 'hi', name: 'Ann' }], text: 'x', priority: 1 }, bulkInput)).toEqual({
      recipients: [{ phone: '966501234567', message: 'hi' }],
      text: 'x',
    });
  });

  it('leaves a number where other text is documented, and other wrong kinds, for the schema to refuse', () => {
    expect(jsonToInput({ text: 5, recipients: [{ message: 7 }] }, bulkInput)).toEqual({ text: 5, recipients: [{ message: 7 }] });
    expect(jsonToInput({ recipients: [{ phone: 1.5 }] }, bulkInput)).toEqual({ recipients: [{ phone: 1.5 }] });
  });

  it('refuses a single value where a list is documented, naming the field, since the schema would take it as a list of one', () => {
    expect(() => jsonToInput({ recipients: 'all' }, bulkInput)).toThrow(
      new InputShapeError('recipients must be a list (a JSON array), not a single value'),
    );
  });

  it('refuses a value an enum lacks, naming the values it takes, and passes one it has', () => {
    const status = schema.getType('CampaignStatus') as Parameters<typeof jsonToInput>[1];
    expect(() => jsonToInput('archived', status, 'status')).toThrow(
      new InputShapeError('status must be one of cancelled, completed, failed, paused, pending, running'),
    );
    expect(() => jsonToInput(3, status, 'status')).toThrow(InputShapeError);
    expect(jsonToInput('running', status, 'status')).toBe('running');
  });
});

describe('readableCoercionError', () => {
  it('names the field a client wrote, not the operation variable', () => {
    expect(
      readableCoercionError(
        'Variable "$input" got invalid value 5 at "input.recipients[1].phone"; String cannot represent a non string value: 5',
      ),
    ).toBe('recipients[1].phone must be text (a JSON string), not 5');
    expect(readableCoercionError('Variable "$reason" got invalid value "X"; Value "X" does not exist in "DisconnectReason" enum.')).toBe(
      'reason: Value "X" does not exist in "DisconnectReason" enum.',
    );
    expect(readableCoercionError('Cannot query field "nope" on type "Query".')).toBe('Cannot query field "nope" on type "Query".');
  });

  it("says in plain words what a value should have been, instead of GraphQL's type names", () => {
    const cases: Array<[string, string]> = [
      ['Variable "$phone" of non-null type "String!" must not be null.', 'phone is required'],
      ['Variable "$input" got invalid value {}; Field "phone" of required type "String!" was not provided.', 'phone is required'],
      ['Variable "$ids" got invalid value null at "ids[0]"; Expected non-nullable type "String!" not to be null.', 'ids[0] is required'],
      ['Variable "$limit" got invalid value "q"; Int cannot represent non-integer value: "q"', 'limit must be a whole number, not "q"'],
      [
        'Variable "$input" got invalid value 1e10 at "input.limit"; Int cannot represent non 32-bit signed integer value: 1e10',
        'limit must be a whole number from -2147483648 to 2147483647, not 1e10',
      ],
      [
        'Variable "$input" got invalid value "q" at "input.lat"; Float cannot represent non numeric value: "q"',
        'lat must be a number, not "q"',
      ],
      [
        'Variable "$input" got invalid value "yes" at "input.everyone"; Boolean cannot represent a non boolean value: "yes"',
        'everyone must be true or false, not "yes"',
      ],
      [
        'Variable "$input" got invalid value { z: 1 }; Field "z" is not defined by type "SendTextInput". Did you mean "to"?',
        'z is not a field here. Did you mean "to"?',
      ],
    ];
    for (const [graphqlWords, plain] of cases) expect(readableCoercionError(graphqlWords)).toBe(plain);
  });
});

describe('rootFieldPolicies', () => {
  const policies = (query: string) => rootFieldPolicies(schema, parse(query));

  it('is public only when every root field is, through fragments too', () => {
    expect(isPublicOperation(policies('{ health { status } }'))).toBe(true);
    expect(isPublicOperation(policies('query { ...H } fragment H on Query { health { status } }'))).toBe(true);
    expect(isPublicOperation(policies('{ health { status } clientStatus { state } }'))).toBe(false);
    expect(isPublicOperation(policies('{ __schema { queryType { name } } }'))).toBe(false);
  });

  it('marks the strict, the idempotent and the driver-bound mutations', () => {
    expect(policies('mutation { logout { message } }')).toEqual([{ strictRateLimit: true, needsDriver: true }]);
    expect(policies('mutation { sendText(input: {}) { id } }')).toEqual([{ idempotent: true, needsDriver: true }]);
    expect(policies('mutation { sendBulk(input: {}) { total } }')).toEqual([
      { strictRateLimit: true, idempotent: true, needsDriver: true },
    ]);
    expect(policies('mutation { updateCampaignStatus(id: 1, status: "cancelled") { id } }')).toEqual([{ needsDriver: true }]);
    expect(policies('mutation { deleteCampaign(id: 1) { id } }')).toEqual([{ onOwner: true }]);
    expect(policies('mutation { createCampaign(input: {}) { id } }')).toEqual([{ idempotent: true }]);
  });
});

describe('parseTrustProxy', () => {
  it("reads Express's forms and refuses what is none of them", () => {
    expect(parseTrustProxy('false')).toEqual({ trust: false });
    expect(parseTrustProxy('true')).toEqual({ trust: true });
    expect(parseTrustProxy('2')).toEqual({ trust: 2 });
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toEqual({ trust: ['loopback', '10.0.0.0/8'] });
    expect(parseTrustProxy('my-proxy')).toMatchObject({
      error: expect.stringContaining('must be true, false, a number of proxies, or their addresses'),
    });
  });
});
